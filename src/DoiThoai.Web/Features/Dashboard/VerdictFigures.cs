namespace DoiThoai.Web.Features.Dashboard;

/// <summary>
/// The raisers' verdicts on the answers of a period (ADR 0022): how many answers were judged and how many judged settled,
/// in all, per unit, per responsible body and per topic, beside the share answered on time of the same figures.
/// </summary>
/// <param name="OnTimeRate">The period's on-time share, the dashboard's own (<see cref="Totals.OnTimeRate"/>).</param>
public sealed record VerdictFigures(VerdictRow Total, double? OnTimeRate, IReadOnlyList<VerdictRow> ByUnit,
    IReadOnlyList<VerdictRow> ByBody, IReadOnlyList<VerdictRow> ByTopic)
{
    /// <summary>How many bodies and topics the tables show before "xem tất cả".</summary>
    public const int TopCount = 10;
}

/// <param name="OnTimeRate">The share answered on time in the row, where the figures hold it (per unit); null elsewhere.</param>
public sealed record VerdictRow(int? Id, string Name, int Judged, int Settled, double? OnTimeRate = null)
{
    public int Unsettled => Judged - Settled;

    /// <summary>Share of judged answers judged settled, in per cent; null with none judged.</summary>
    public double? SettledRate => Judged == 0 ? null : Math.Round(100.0 * Settled / Judged, 1);

    /// <summary>"12/20 (60,0 %)", or "–" with none judged.</summary>
    public string SettledShare => Judged == 0 ? "–" : $"{Figures.N(Settled)}/{Figures.N(Judged)} ({Figures.Rate(SettledRate)})";
}
