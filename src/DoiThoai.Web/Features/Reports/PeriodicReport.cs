using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Reports;

/// <summary>
/// A periodic report (báo cáo quý, 6 tháng, năm...) to the level above. The printable page, the Excel
/// workbook and the Word document are all written from these tables, so the three hold the same numbers.
/// </summary>
public sealed partial record PeriodicReport(DashboardFigures Figures, Issuer Issuer, DateOnly IssuedOn)
{
    public string DateLine => OfficialFormat.DateLine(Issuer.Place, IssuedOn);

    public string Title => $"BÁO CÁO {OfficialFormat.Upper(Summary)}";

    /// <summary>The trích yếu under the document's name "BÁO CÁO" in the Word file.</summary>
    public string Summary => $"Kết quả tổ chức đối thoại và giải quyết ý kiến, kiến nghị {Figures.Period.Name}";

    public string FileName(string extension) => $"bao-cao-{Slug.From(Figures.Period.Name, 40)}-{Slug.From(Figures.Focus.Name, 40)}.{extension}";

    /// <summary>
    /// The report's tables in order: a heading, column headers and rows of values (numbers, <see cref="Percent"/>,
    /// dates, text), the same in every format; the page and the Word file show them through <see cref="ReportTable.Text"/>.
    /// </summary>
    public IReadOnlyList<ReportTable> Tables()
    {
        var f = Figures;
        var t = f.Totals;
        var p = f.PreviousTotals;
        object Prev(Func<Totals, int> pick) => p is null ? "–" : pick(p);
        object Share(double? rate) => rate is { } r ? new Percent(r) : "–";
        var summary = new ReportTable("I. SỐ LIỆU CHUNG", "Tổng hợp", ["Chỉ tiêu", "Kỳ báo cáo", f.Previous is null ? "Kỳ trước" : $"Kỳ trước ({f.Previous.Name})"],
        [
            ["Số hội nghị đã tổ chức", t.Conferences, Prev(x => x.Conferences)],
            ["Ý kiến ghi chi tiết", t.ItemizedOpinions, Prev(x => x.ItemizedOpinions)],
            ["Kiến nghị, đề xuất, chất vấn ghi chi tiết", t.ItemizedPetitions, Prev(x => x.ItemizedPetitions)],
            ["Ý kiến biên bản chỉ ghi số lượng", t.UnitemizedOpinions, Prev(x => x.UnitemizedOpinions)],
            ["Kiến nghị biên bản chỉ ghi số lượng", t.UnitemizedPetitions, Prev(x => x.UnitemizedPetitions)],
            ["Tổng số ý kiến, kiến nghị", t.Raised, Prev(x => x.Raised)],
            ["Nội dung phải theo dõi giải quyết", t.FollowUps, Prev(x => x.FollowUps)],
            ["Đã giải quyết, giải trình, đóng", t.Done, Prev(x => x.Done)],
            ["Quá hạn chưa giải quyết", t.Overdue, Prev(x => x.Overdue)],
            ["Tỷ lệ đã giải quyết", Share(t.ResolutionRate), p is null ? "–" : Share(p.ResolutionRate)],
            ["Tỷ lệ giải quyết đúng hạn", Share(t.OnTimeRate), p is null ? "–" : Share(p.OnTimeRate)],
        ]);
        var kinds = new ReportTable("II. HỘI NGHỊ THEO LOẠI", "Theo loại", ["Loại hội nghị", "Số hội nghị"],
            [.. f.ConferencesByKind.Select(k => (IReadOnlyList<object?>)[k.Kind.Label(), k.Count])]);
        var units = new ReportTable("III. KẾT QUẢ THEO ĐƠN VỊ", "Theo đơn vị",
            ["Đơn vị", "Hội nghị", "Đối thoại", "Ý kiến", "Kiến nghị, đề xuất, chất vấn", "Chỉ ghi số lượng", "Nội dung theo dõi", "Đã giải quyết", "Quá hạn"],
            [.. f.ByUnit.Select(u => (IReadOnlyList<object?>)[u.Name, u.Conferences, u.Dialogues, u.Opinions,
                u.Petitions, u.Unitemized, u.FollowUps, u.Done, u.Overdue])]);
        var topics = new ReportTable("IV. LĨNH VỰC ĐƯỢC NÊU NHIỀU NHẤT", "Lĩnh vực", ["Lĩnh vực", "Ý kiến, kiến nghị ghi chi tiết"],
            [.. f.TopTopics.Select(x => (IReadOnlyList<object?>)[x.Topic, x.Count])]);
        var states = new ReportTable("V. TÌNH HÌNH GIẢI QUYẾT", "Trạng thái", ["Trạng thái", "Số nội dung"],
            [.. f.FollowUpsByState.Select(s => (IReadOnlyList<object?>)[s.State.Label(), s.Count])]);
        var plans = new ReportTable($"VI. THỰC HIỆN KẾ HOẠCH ĐỐI THOẠI NĂM {f.PlanYear}", "Kế hoạch", ["Đơn vị", "Kế hoạch", "Theo kế hoạch", "Đã tổ chức", "Chậm", "Chưa đến kỳ"],
            [.. f.Plans.Select(x => (IReadOnlyList<object?>)[x.Name, x.HasPlan ? "Đã xây dựng" : "Chưa có", x.Planned, x.Held, x.Late, x.Pending]),
             ["Tổng cộng", $"{f.Plans.Count(x => x.HasPlan)}/{f.Plans.Count}", f.PlanTotals.Planned, f.PlanTotals.Held, f.PlanTotals.Late, f.PlanTotals.Pending]]);
        var overdue = new ReportTable("VII. NỘI DUNG QUÁ HẠN", "Quá hạn", ["Nội dung", "Đơn vị", "Cơ quan chủ trì", "Thời hạn", "Quá hạn (ngày)"],
            [.. f.Overdue.Select(o => (IReadOnlyList<object?>)[o.Content, o.Unit, o.Responsible ?? "Chưa giao", o.Deadline, o.DaysLate])]);
        return [summary, kinds, units, topics, states, plans, overdue, .. VerdictTables()];
    }
}

/// <summary>One table of a report; <see cref="SheetName"/> is its Excel sheet (31 characters at most, diacritics kept).</summary>
public sealed record ReportTable(string Heading, string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A value as the page and the Word file write it: "1.234", "45,3 %", "31/12/2022".</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        int n => Dashboard.Figures.N(n),
        Percent r => Dashboard.Figures.Rate(r.Value),
        DateOnly d => d.ToString("dd/MM/yyyy"),
        _ => value.ToString() ?? "",
    };

    /// <summary>Numbers are right-aligned wherever the table is shown.</summary>
    public static bool IsNumber(object? value) => value is int or Percent || value as string == "–";
}
