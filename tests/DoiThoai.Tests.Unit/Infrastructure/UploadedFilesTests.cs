using System.IO.Compression;
using System.Text;
using DoiThoai.Tests.Shared;
using DoiThoai.Web.Infrastructure.Files;

namespace DoiThoai.Tests.Unit.Infrastructure;

public class UploadedFilesTests
{
    private static MemoryStream Bytes(params byte[] content) => new(content);
    private static MemoryStream Text(string content) => new(Encoding.UTF8.GetBytes(content));

    private static MemoryStream Zip(params string[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write("<x/>");
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Each_accepted_type_is_known_by_its_content()
    {
        Assert.Same(FileTypes.Pdf, FileTypes.Detect(Text("%PDF-1.7\n..."), FileTypes.Documents));
        Assert.Same(FileTypes.Jpeg, FileTypes.Detect(Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), FileTypes.Documents));
        Assert.Same(FileTypes.Png, FileTypes.Detect(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0), FileTypes.Documents));
        Assert.Same(FileTypes.Docx, FileTypes.Detect(Zip("[Content_Types].xml", "word/document.xml"), FileTypes.Documents));
        Assert.Same(FileTypes.Xlsx, FileTypes.Detect(Zip("[Content_Types].xml", "xl/workbook.xml"), FileTypes.Documents));
    }

    [Theory]
    [InlineData("MZ\u0090\u0000 this is a Windows program")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("")]
    [InlineData("%PD")]
    public void Anything_else_is_refused_whatever_it_is_called(string content) =>
        Assert.Null(FileTypes.Detect(Text(content), FileTypes.Documents));

    [Fact]
    public void A_zip_that_is_not_an_office_document_is_refused_and_so_is_a_broken_one()
    {
        Assert.Null(FileTypes.Detect(Zip("readme.txt"), FileTypes.Documents));
        Assert.Null(FileTypes.Detect(Zip("[Content_Types].xml", "ppt/presentation.xml"), FileTypes.Documents));
        Assert.Null(FileTypes.Detect(Bytes((byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 1, 2), FileTypes.Documents));
    }

    [Fact]
    public void Malformed_cut_lying_and_dtd_bearing_office_files_are_judged_by_their_parts_without_an_exception()
    {
        // Attachments are kept as they are and never parsed on the server, so a DTD inside does not matter here;
        // the Excel import reads them with DTDs refused (XlsxReadingTests).
        var workbook = OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "&lol3;")), sheetPrologue: OfficeFiles.Doctype);
        Assert.Same(FileTypes.Xlsx, FileTypes.Detect(new MemoryStream(workbook), FileTypes.Documents));
        Assert.Same(FileTypes.Docx, FileTypes.Detect(new MemoryStream(OfficeFiles.Document(OfficeFiles.Doctype + "<w:document>")), FileTypes.Documents));
        Assert.Same(FileTypes.Xlsx, FileTypes.Detect(new MemoryStream(OfficeFiles.WithDeclaredSizes(workbook, uint.MaxValue)), FileTypes.Documents));
        Assert.Null(FileTypes.Detect(new MemoryStream(workbook[..(workbook.Length / 2)]), FileTypes.Documents));
        Assert.Null(FileTypes.Detect(new MemoryStream(OfficeFiles.Zip(("[Content_Types].xml", OfficeFiles.Doctype))), FileTypes.Documents));
        Assert.Null(FileTypes.Detect(new MemoryStream(workbook), [FileTypes.Jpeg, FileTypes.Png]));
    }

    [Fact]
    public void Detection_respects_the_allowed_list_and_leaves_the_stream_at_its_start()
    {
        var pdf = Text("%PDF-1.4");
        Assert.Null(FileTypes.Detect(pdf, [FileTypes.Jpeg, FileTypes.Png]));
        Assert.Equal(0, pdf.Position);
    }

    [Theory]
    [InlineData("../../x.pdf", "x.pdf")]
    [InlineData("..\\..\\windows\\system32\\x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\Lan\\Báo cáo tiến độ.pdf", "Báo cáo tiến độ.pdf")]
    [InlineData("chuong-trinh.exe", "chuong-trinh.pdf")]
    [InlineData("", "tep-dinh-kem.pdf")]
    [InlineData("..", "tep-dinh-kem.pdf")]
    [InlineData("a\u0000b\u202Egnp.pdf", "a_b_gnp.pdf")]
    [InlineData("bien<ban>:\"1\"|?*.pdf", "bien_ban___1.pdf")]
    public void Names_are_cleaned_and_carry_the_real_extension(string sent, string shown) =>
        Assert.Equal(shown, SafeFileName.Clean(sent, FileTypes.Pdf));

    [Fact]
    public void Decomposed_Vietnamese_is_composed_and_long_names_are_cut()
    {
        Assert.Equal("Kỳ Phương.pdf", SafeFileName.Clean("Ky\u0300 Phu\u031Bo\u031Bng.pdf", FileTypes.Pdf));
        Assert.Equal(100 + ".pdf".Length, SafeFileName.Clean(new string('a', 300) + ".pdf", FileTypes.Pdf).Length);
    }

    [Fact]
    public void A_stored_name_cannot_point_outside_the_folder()
    {
        var store = new FileStore(new FileStoreOptions { Folder = Path.Combine(Path.GetTempPath(), "doithoai-store") });
        Assert.Throws<InvalidOperationException>(() => store.PathOf("../outside.pdf"));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "doithoai-store"), store.PathOf("abc.pdf"));
    }
}
