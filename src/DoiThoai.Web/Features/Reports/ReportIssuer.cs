using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Web.Features.Reports;

/// <summary>
/// Who issues a report unless the page is asked for another issuer: a leader (the Party committee's standing
/// members in this portal) reports for the Party committee, the Front's staff for its standing board, everyone
/// else for the People's Committee.
/// </summary>
public static class ReportIssuer
{
    public static IssuerKind KindFor(IReadOnlySet<string> roles) =>
        roles.Contains(Roles.Leader) ? IssuerKind.Party
        : roles.Contains(Roles.FrontStaff) ? IssuerKind.Front
        : IssuerKind.State;
}
