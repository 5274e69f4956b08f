using System.Diagnostics;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Documents;

/// <summary>The minutes' import template opens without repair: valid Open XML, drop-downs on its entry sheets, the participants and the day listed.</summary>
[Collection(ReadOnlyPortal.Name)]
public class ImportTemplateTests(PortalFactory factory)
{
    [Fact]
    public async Task The_import_template_is_valid_has_drop_downs_and_lists_the_participants_and_bodies()
    {
        factory.CreateClient();
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.HeldOn == new DateOnly(2022, 6, 28) && c.Unit!.Code == "HT-KA-KPH").Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await client.GetAsync($"/Minutes/Template/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadAsByteArrayAsync();

        using (var document = SpreadsheetDocument.Open(new MemoryStream(file), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var part = document.WorkbookPart!;
            IReadOnlyList<string> ListsOf(string sheet) => [.. ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!))
                .Worksheet.Descendants<DataValidation>().Select(v => $"{v.SequenceOfReferences!.InnerText} {v.Formula1!.Text}")];
            Assert.Contains("A2:A1001 'Danh mục'!$A$2:$A$7", ListsOf(MinutesImport.SpeechSheet));
            Assert.Contains(ListsOf(MinutesImport.PetitionSheet), v => v.StartsWith("E2:E1001 'Danh mục tổ chức'!$A$2:", StringComparison.Ordinal));
            Assert.Contains(ListsOf(MinutesImport.ItemSheet), v => v.StartsWith("B2:B1001 'Danh mục tổ chức'!$A$2:", StringComparison.Ordinal));
            Assert.Contains(ListsOf(MinutesImport.ItemSheet), v => v.StartsWith("D2:D1001 'Danh mục tổ chức'!$A$2:", StringComparison.Ordinal));
            Assert.Contains("A2:A1001 'Danh mục'!$F$2:$F$6", ListsOf(MinutesImport.ParticipantSheet));
            Assert.Contains("B2:B1001 'Danh mục'!$G$2:$G$7", ListsOf(MinutesImport.GeneralSheet));
            Assert.Contains("A2:A1001 'Danh mục'!$H$2:$H$3", ListsOf(MinutesImport.FindingSheet));
        }
        var sheets = Xlsx.Read(new MemoryStream(file));
        Assert.Contains(sheets[MinutesTemplate.ParticipantSheet], r => r[0] == "Chủ trì" && r[1] == "Lê Văn Chương");
        Assert.Contains(sheets[MinutesTemplate.ParticipantSheet], r => r[0] == "Tổ chức tham dự" && r[1] == "Hội Nông dân phường Kỳ Phương");
        Assert.Contains(sheets[MinutesTemplate.CatalogueSheet], r => r[1] == "Kiến nghị");
        Assert.Equal(["Ngày tổ chức (dd/MM/yyyy)", "Kỳ được xem xét"], MinutesImport.GeneralColumns.Take(2));
        Assert.Equal(["28/06/2022"], sheets[MinutesImport.GeneralSheet].Select(r => Xlsx.TryParseDate(r[0], out var d) ? d.ToString("dd/MM/yyyy") : r[0]));
        await OpensInLibreOfficeAsync(file, "mau-bien-ban.xlsx");
        await DocumentText.KeepAsync(file, "mau-nhap-bien-ban.xlsx");
    }

    [Fact]
    public async Task The_reports_workbook_is_an_excel_file_kept_for_ci_to_open_in_libreoffice()
    {
        factory.CreateClient();
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var response = await client.GetAsync("/Reports/Excel?Kind=Year&Year=2022");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var file = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(Xlsx.Read(new MemoryStream(file)));
        // .ci/run converts it to PDF and CSV with LibreOffice Calc and fails when Calc reports an error (issue 16, point 13).
        await DocumentText.KeepAsync(file, "bao-cao.xlsx");
    }

    /// <summary>Where LibreOffice Calc is installed, the workbook converts to PDF without an error (Writer alone cannot open it).</summary>
    private static async Task OpensInLibreOfficeAsync(byte[] file, string name)
    {
        const string program = "/usr/lib/libreoffice/program";
        if (!File.Exists("/usr/bin/soffice") || !Directory.Exists(program) || !Directory.EnumerateFiles(program, "libsclo.so").Any()) return;
        var folder = Directory.CreateTempSubdirectory("doithoai-soffice-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), file);
            var start = new ProcessStartInfo("/usr/bin/soffice", ["--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf", "--outdir", folder, Path.Combine(folder, name)])
                { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.Equal(0, process.ExitCode);
            Assert.True(new FileInfo(Path.Combine(folder, Path.ChangeExtension(name, ".pdf"))).Length > 0);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
