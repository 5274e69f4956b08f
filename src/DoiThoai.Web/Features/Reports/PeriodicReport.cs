using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Dashboard;

namespace DoiThoai.Web.Features.Reports;

/// <summary>
/// A periodic report (báo cáo quý, 6 tháng, năm...) to the level above. The printable page, the Excel
/// workbook and the Word document are all written from these tables, so the three hold the same numbers.
/// </summary>
public sealed record PeriodicReport(DashboardFigures Figures, string IssuingBody, string Place, DateOnly IssuedOn)
{
    public string Title => $"BÁO CÁO KẾT QUẢ TỔ CHỨC ĐỐI THOẠI VÀ GIẢI QUYẾT Ý KIẾN, KIẾN NGHỊ {Figures.Period.Name.ToUpperInvariant()}";

    public string FileName(string extension) => $"bao-cao-{Slug.From(Figures.Period.Name, 40)}-{Slug.From(Figures.Focus.Name, 40)}.{extension}";

    /// <summary>The report's tables in order: a heading, column headers and rows of text, the same in every format.</summary>
    public IReadOnlyList<ReportTable> Tables()
    {
        var f = Figures;
        var t = f.Totals;
        var p = f.PreviousTotals;
        string Prev(Func<Totals, int> pick) => p is null ? "–" : Dashboard.Figures.N(pick(p));
        var summary = new ReportTable("I. SỐ LIỆU CHUNG", "Tong hop", ["Chỉ tiêu", "Kỳ báo cáo", f.Previous is null ? "Kỳ trước" : $"Kỳ trước ({f.Previous.Name})"],
        [
            ["Số hội nghị đã tổ chức", Dashboard.Figures.N(t.Conferences), Prev(x => x.Conferences)],
            ["Ý kiến ghi chi tiết", Dashboard.Figures.N(t.ItemizedOpinions), Prev(x => x.ItemizedOpinions)],
            ["Kiến nghị, đề xuất, chất vấn ghi chi tiết", Dashboard.Figures.N(t.ItemizedPetitions), Prev(x => x.ItemizedPetitions)],
            ["Ý kiến biên bản chỉ ghi số lượng", Dashboard.Figures.N(t.UnitemizedOpinions), Prev(x => x.UnitemizedOpinions)],
            ["Kiến nghị biên bản chỉ ghi số lượng", Dashboard.Figures.N(t.UnitemizedPetitions), Prev(x => x.UnitemizedPetitions)],
            ["Tổng số ý kiến, kiến nghị", Dashboard.Figures.N(t.Raised), Prev(x => x.Raised)],
            ["Nội dung phải theo dõi giải quyết", Dashboard.Figures.N(t.FollowUps), Prev(x => x.FollowUps)],
            ["Đã giải quyết, giải trình, đóng", Dashboard.Figures.N(t.Done), Prev(x => x.Done)],
            ["Quá hạn chưa giải quyết", Dashboard.Figures.N(t.Overdue), Prev(x => x.Overdue)],
            ["Tỷ lệ đã giải quyết", Dashboard.Figures.Rate(t.ResolutionRate), p is null ? "–" : Dashboard.Figures.Rate(p.ResolutionRate)],
            ["Tỷ lệ giải quyết đúng hạn", Dashboard.Figures.Rate(t.OnTimeRate), p is null ? "–" : Dashboard.Figures.Rate(p.OnTimeRate)],
        ]);
        var kinds = new ReportTable("II. HỘI NGHỊ THEO LOẠI", "Theo loai", ["Loại hội nghị", "Số hội nghị"],
            [.. f.ConferencesByKind.Select(k => (IReadOnlyList<string>)[k.Kind.Label(), Dashboard.Figures.N(k.Count)])]);
        var units = new ReportTable("III. KẾT QUẢ THEO ĐƠN VỊ", "Theo don vi",
            ["Đơn vị", "Hội nghị", "Đối thoại", "Ý kiến", "Kiến nghị, đề xuất, chất vấn", "Chỉ ghi số lượng", "Nội dung theo dõi", "Đã giải quyết", "Quá hạn"],
            [.. f.ByUnit.Select(u => (IReadOnlyList<string>)[u.Name, Dashboard.Figures.N(u.Conferences), Dashboard.Figures.N(u.Dialogues), Dashboard.Figures.N(u.Opinions),
                Dashboard.Figures.N(u.Petitions), Dashboard.Figures.N(u.Unitemized), Dashboard.Figures.N(u.FollowUps), Dashboard.Figures.N(u.Done), Dashboard.Figures.N(u.Overdue)])]);
        var topics = new ReportTable("IV. LĨNH VỰC ĐƯỢC NÊU NHIỀU NHẤT", "Linh vuc", ["Lĩnh vực", "Ý kiến, kiến nghị ghi chi tiết"],
            [.. f.TopTopics.Select(x => (IReadOnlyList<string>)[x.Topic, Dashboard.Figures.N(x.Count)])]);
        var states = new ReportTable("V. TÌNH HÌNH GIẢI QUYẾT", "Trang thai", ["Trạng thái", "Số nội dung"],
            [.. f.FollowUpsByState.Select(s => (IReadOnlyList<string>)[s.State.Label(), Dashboard.Figures.N(s.Count)])]);
        var plans = new ReportTable($"VI. THỰC HIỆN KẾ HOẠCH ĐỐI THOẠI NĂM {f.PlanYear}", "Ke hoach", ["Đơn vị", "Kế hoạch", "Theo kế hoạch", "Đã tổ chức", "Chậm", "Chưa đến kỳ"],
            [.. f.Plans.Select(x => (IReadOnlyList<string>)[x.Name, x.HasPlan ? "Đã xây dựng" : "Chưa có", Dashboard.Figures.N(x.Planned), Dashboard.Figures.N(x.Held), Dashboard.Figures.N(x.Late), Dashboard.Figures.N(x.Pending)]),
             ["Tổng cộng", $"{f.Plans.Count(x => x.HasPlan)}/{f.Plans.Count}", Dashboard.Figures.N(f.PlanTotals.Planned), Dashboard.Figures.N(f.PlanTotals.Held), Dashboard.Figures.N(f.PlanTotals.Late), Dashboard.Figures.N(f.PlanTotals.Pending)]]);
        var overdue = new ReportTable("VII. NỘI DUNG QUÁ HẠN", "Qua han", ["Nội dung", "Đơn vị", "Cơ quan chủ trì", "Thời hạn", "Quá hạn (ngày)"],
            [.. f.Overdue.Select(o => (IReadOnlyList<string>)[o.Content, o.Unit, o.Responsible ?? "Chưa giao", o.Deadline.ToString("dd/MM/yyyy"), o.DaysLate.ToString()])]);
        return [summary, kinds, units, topics, states, plans, overdue];
    }
}

/// <summary>One table of a report; <see cref="SheetName"/> is its Excel sheet (31 characters at most, no diacritics needed).</summary>
public sealed record ReportTable(string Heading, string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
