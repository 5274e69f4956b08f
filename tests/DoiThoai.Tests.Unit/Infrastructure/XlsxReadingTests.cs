using DoiThoai.Tests.Shared;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Tests.Unit.Infrastructure;

/// <summary>Uploaded workbooks are read as a bounded stream (issue 13, points 4 and 5).</summary>
public class XlsxReadingTests
{
    private static Dictionary<string, List<SheetRow>> Read(byte[] file, ImportLimits? limits = null, IReadOnlyCollection<string>? sheets = null) =>
        Xlsx.Read(new MemoryStream(file), limits, sheets);

    [Fact]
    public void A_written_workbook_reads_back_every_row_below_the_header()
    {
        var file = Xlsx.Write([new SheetData("Phát biểu", ["A", "B", "C"], [["Báo cáo", "", "Nguyễn Văn A"], ["", "", ""], ["x", " có  khoảng trắng ", ""]])]);
        var rows = Read(file)["phát biểu"];
        Assert.Equal([2, 4], rows.Select(r => r.Number));
        Assert.Equal("Nguyễn Văn A", rows[0][2]);
        Assert.Equal(" có  khoảng trắng ", rows[1].Cells[1]);
    }

    [Fact]
    public void Shared_strings_rich_runs_and_numbers_read_as_the_text_excel_shows()
    {
        var shared = $"<sst xmlns=\"{OfficeFiles.Main}\"><si><t>Kiến nghị</t></si><si><r><t>Đường </t></r><r><t>liên thôn</t></r><rPh><t>ふりがな</t></rPh></si></sst>";
        var file = OfficeFiles.Workbook(OfficeFiles.Row(1, "Loại", "Nội dung", "Hạn") +
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"D3\"><v>46203</v></c><c r=\"E3\" t=\"s\"><v>7</v></c></row>", shared);
        var row = Assert.Single(Read(file)["Trang 1"]);
        Assert.Equal(3, row.Number);
        Assert.Equal(["Kiến nghị", "Đường liên thôn", "", "46203", ""], row.Cells);
    }

    [Fact]
    public void A_huge_cell_is_refused_early_even_when_the_zip_understates_its_size()
    {
        // 100 million letters pack to about 100 KB. The declared size alone refuses it at once...
        var file = OfficeFiles.WorkbookWithLongCell(100_000_000);
        Assert.StartsWith("Tệp khi giải nén lớn hơn 20 MB", Assert.Throws<WorkbookTooLargeException>(() => Read(file)).Message);
        // ...and when the headers lie, reading stops at the cell limit: had the part been unpacked whole, the 20 MB budget would have spoken.
        var lying = OfficeFiles.WithDeclaredSizes(file, 1_000_000);
        var refused = Assert.Throws<WorkbookTooLargeException>(() => Read(lying));
        Assert.Equal("Ô A2 của trang \"Trang 1\" dài hơn 4.000 ký tự cho phép.", refused.Message);
    }

    [Fact]
    public void A_cell_at_the_limit_is_read_and_one_past_it_is_refused()
    {
        var limits = new ImportLimits { MaxCellCharacters = 10 };
        Assert.Equal("aaaaaaaaaa", Read(OfficeFiles.WorkbookWithLongCell(10), limits)["Trang 1"][0][0]);
        Assert.Throws<WorkbookTooLargeException>(() => Read(OfficeFiles.WorkbookWithLongCell(11), limits));
        var shared = $"<sst xmlns=\"{OfficeFiles.Main}\"><si><t>ngắn</t></si><si><t>{new string('b', 11)}</t></si></sst>";
        Assert.Equal("ngắn", Read(OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", shared), limits)["Trang 1"][0][0]);
        var refused = Assert.Throws<WorkbookTooLargeException>(() => Read(OfficeFiles.Workbook("<row r=\"9\"><c r=\"C9\" t=\"s\"><v>1</v></c></row>", shared), limits));
        Assert.Contains("Ô C9", refused.Message);
    }

    [Fact]
    public void More_data_rows_than_the_limit_are_refused_while_empty_rows_do_not_count()
    {
        Assert.Equal(5_000, Read(OfficeFiles.WorkbookWithRows(5_000))["Trang 1"].Count);
        Assert.Throws<WorkbookTooLargeException>(() => Read(OfficeFiles.WorkbookWithRows(300_000)));
        var refused = Assert.Throws<WorkbookTooLargeException>(() => Read(OfficeFiles.WorkbookWithRows(5_001)));
        Assert.Equal("Tệp có hơn 5.000 dòng dữ liệu; mỗi lần chỉ nhập tối đa 5.000 dòng. Hãy chia thành nhiều tệp.", refused.Message);
        var empties = OfficeFiles.Workbook(string.Concat(Enumerable.Range(2, 6_000).Select(r => $"<row r=\"{r}\"/>")) + OfficeFiles.Row(7_000, "x"));
        Assert.Equal(7_000, Assert.Single(Read(empties)["Trang 1"]).Number);
    }

    [Fact]
    public void Unpacked_bytes_past_the_budget_are_refused_even_when_the_zip_understates_them()
    {
        var limits = new ImportLimits { MaxUncompressedBytes = 100_000 };
        var file = OfficeFiles.WorkbookWithRows(3_000);
        var declared = Assert.Throws<WorkbookTooLargeException>(() => Read(file, limits));
        Assert.Equal("Tệp khi giải nén lớn hơn 0,1 MB cho phép. Hãy bỏ bớt dòng hoặc chia thành nhiều tệp.", declared.Message);
        // The headers now claim 100 bytes a part: only counting what is unpacked catches it (or the zip reader refuses the lie).
        var lying = OfficeFiles.WithDeclaredSizes(file, 100);
        var refused = Assert.ThrowsAny<Exception>(() => Read(lying, limits));
        Assert.True(refused is WorkbookTooLargeException or InvalidDataException, refused.GetType().Name);
    }

    public static TheoryData<string, byte[]> NotWorkbooks() => new()
    {
        { "DOCTYPE in the worksheet", OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "&lol3;")), sheetPrologue: OfficeFiles.Doctype) },
        { "DOCTYPE in the workbook", OfficeFiles.Workbook(w => w.Write(OfficeFiles.Row(2, "x")), workbookPrologue: OfficeFiles.Doctype) },
        { "DOCTYPE in the shared strings", OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
            $"<?xml version=\"1.0\"?>{OfficeFiles.Doctype}<sst xmlns=\"{OfficeFiles.Main}\"><si><t>&xxe;</t></si></sst>") },
        { "malformed worksheet", OfficeFiles.Workbook("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>mở</is></c></row>") },
        { "cell past the last column", OfficeFiles.Workbook("<row r=\"2\"><c r=\"ZZZZZZZZZ2\"><v>1</v></c></row>") },
        { "no workbook part", OfficeFiles.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")) },
        { "cut in half", OfficeFiles.WorkbookWithRows(50)[..600] },
        { "not a zip", "PK\u0003\u0004 không phải zip"u8.ToArray() },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void A_doctype_malformed_xml_or_a_broken_package_is_not_a_workbook(string what, byte[] file)
    {
        var refused = Assert.ThrowsAny<Exception>(() => Read(file));
        Assert.True(refused.GetType() == typeof(InvalidDataException), $"{what}: {refused.GetType().Name}: {refused.Message}");
    }

    [Fact]
    public void Only_the_named_sheets_are_read()
    {
        var file = OfficeFiles.WorkbookWithLongCell(30_000_000, "Hướng dẫn");
        Assert.Empty(Read(file, sheets: ["Phát biểu"]));
        Assert.Throws<WorkbookTooLargeException>(() => Read(file, sheets: ["hướng dẫn"]));
    }
}
