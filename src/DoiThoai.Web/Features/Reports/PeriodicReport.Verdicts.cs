using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Infrastructure.Excel;

namespace DoiThoai.Web.Features.Reports;

/// <summary>The raisers' verdicts in a report: the dashboard's section "Mức độ hài lòng của người nêu", the same numbers.</summary>
public sealed partial record PeriodicReport
{
    private IReadOnlyList<ReportTable> VerdictTables()
    {
        var v = Figures.Verdicts;
        object Share(double? rate) => rate is { } r ? new Percent(r) : "–";
        IReadOnlyList<object?> Row(VerdictRow r, bool withOnTime) => withOnTime
            ? [r.Name, r.Judged, r.Settled, r.Unsettled, Share(r.SettledRate), Share(r.OnTimeRate)]
            : [r.Name, r.Judged, r.Settled, r.Unsettled, Share(r.SettledRate)];
        string[] Headers(string first, bool withOnTime) => withOnTime
            ? [first, "Đã đánh giá", "Hài lòng", "Chưa hài lòng", "Tỷ lệ hài lòng", "Tỷ lệ giải quyết đúng hạn"]
            : [first, "Đã đánh giá", "Hài lòng", "Chưa hài lòng", "Tỷ lệ hài lòng"];
        return
        [
            new ReportTable("VIII. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO ĐƠN VỊ", "Hài lòng theo đơn vị", Headers("Đơn vị", true),
                [.. v.ByUnit.Select(r => Row(r, true)), Row(v.Total, true)]),
            new ReportTable("IX. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO CƠ QUAN CHỦ TRÌ", "Hài lòng theo cơ quan", Headers("Cơ quan chủ trì", false),
                [.. v.ByBody.Select(r => Row(r, false))]),
            new ReportTable("X. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO LĨNH VỰC", "Hài lòng theo lĩnh vực", Headers("Lĩnh vực", false),
                [.. v.ByTopic.Select(r => Row(r, false))]),
        ];
    }
}
