using DocumentFormat.OpenXml;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain.Documents;
using DoiThoai.Web.Infrastructure.Excel;
using static DoiThoai.Web.Documents.WordBody;

namespace DoiThoai.Web.Features.Reports;

/// <summary>
/// A periodic report as a Word document: the template of the issuer's kind (Party, State, Front) gives the
/// header, the signature and the recipients (<see cref="OfficialDocument"/>); this class writes the body.
/// </summary>
public static class ReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Create(PeriodicReport report, OfficialDocument heading, byte[] template) =>
        WordTemplate.Fill(template, heading.Fields(), Body(report));

    /// <summary>What a report is headed and signed with unless the person exporting it chooses otherwise.</summary>
    public static OfficialDocument Heading(PeriodicReport report, ExportInput? input = null)
    {
        input ??= ExportInput.For(report.Issuer, DocumentKind.Report, null, null);
        return new OfficialDocument(report.Issuer, DocumentKind.Report, input.Number, report.IssuedOn, report.Summary,
            input.Capacity, input.SignerPosition, input.SignerName, input.RecipientList);
    }

    public static IEnumerable<OpenXmlElement> Body(PeriodicReport report)
    {
        yield return Line($"(Từ ngày {report.Figures.Period.From:dd/MM/yyyy} đến ngày {report.Figures.Period.To:dd/MM/yyyy}; " +
                          $"số liệu đến ngày {report.Figures.Today:dd/MM/yyyy})", italic: true, center: true, spaceBefore: 0);
        foreach (var table in report.Tables())
        {
            yield return Section(table.Heading);
            yield return table.Rows.Count == 0
                ? Line("Không có.", italic: true)
                : Grid(table.Headers, table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(ReportTable.Text)]),
                    (i, cell) => i > 0 && cell.Length > 0 && (char.IsDigit(cell[0]) || cell == "–"));
        }
    }
}

/// <summary>The same report as an Excel workbook: a cover sheet with the header, then one sheet per table.</summary>
public static class ReportWorkbook
{
    public static byte[] Create(PeriodicReport report)
    {
        var issuer = report.Issuer;
        var cover = new SheetData("Báo cáo", ["Báo cáo", ""],
        [
            ["Cơ quan báo cáo", string.Join(" – ", OfficialFormat.IssuerLines(issuer).Where(l => l != OfficialFormat.PartyMark))],
            [issuer.Kind == IssuerKind.Party ? "Tiêu đề" : "Quốc hiệu, tiêu ngữ", string.Join(" – ", OfficialFormat.TitleLines(issuer.Kind))],
            ["Địa danh, ngày", report.DateLine],
            ["Tên báo cáo", report.Title],
            ["Từ ngày", report.Figures.Period.From],
            ["Đến ngày", report.Figures.Period.To],
            ["Đơn vị", report.Figures.Focus.Name],
        ], [24, 90]);
        return Xlsx.Write([cover, .. report.Tables().Select(t => new SheetData(t.SheetName, t.Headers, t.Rows))]);
    }
}
