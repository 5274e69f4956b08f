namespace DoiThoai.Web.Domain.Documents;

/// <summary>
/// Which body issues a document and how the header names it, from the organizing body and the unit where that
/// is clear; the export form lets a person choose where it is not (a steering committee, a department).
/// </summary>
public static class Issuers
{
    /// <summary>The issuer kind an organizing body implies, or null when its kind does not say.</summary>
    public static IssuerKind? KindOf(OrganizationKind? organizer) => organizer switch
    {
        OrganizationKind.PartyCommittee => IssuerKind.Party,
        OrganizationKind.PeoplesCommittee or OrganizationKind.PeoplesCouncil => IssuerKind.State,
        OrganizationKind.FatherlandFront or OrganizationKind.FrontWorkCommittee => IssuerKind.Front,
        _ => null,
    };

    /// <summary>The kind of body that issues for an issuer kind: the Party committee, the People's Committee, the Front committee.</summary>
    public static OrganizationKind BodyKindOf(IssuerKind kind) => kind switch
    {
        IssuerKind.Party => OrganizationKind.PartyCommittee,
        IssuerKind.State => OrganizationKind.PeoplesCommittee,
        _ => OrganizationKind.FatherlandFront,
    };

    /// <summary>
    /// The issuer of a document of <paramref name="unit"/>: the organizing body itself when it is of that kind,
    /// otherwise the unit's Party committee, People's Committee or Front committee; the superior is the same kind
    /// of body one level up (a Front committee's standing board issues under the committee's name).
    /// </summary>
    /// <param name="unit">The unit as shown, "Phường Kỳ Phương".</param>
    /// <param name="parent">The unit above, "Thị xã Kỳ Anh", or null at the top.</param>
    public static Issuer For(IssuerKind kind, string unit, string? parent, OrganizationKind? organizerKind = null, string? organizer = null)
    {
        var own = organizer is not null && KindOf(organizerKind) == kind ? organizer : null;
        var place = PlaceName(unit);
        return kind switch
        {
            IssuerKind.Party => Make(kind, parent is null ? null : $"Đảng bộ {Lower(parent)}", own ?? $"Đảng ủy {Lower(unit)}", place),
            IssuerKind.State => Make(kind, parent is null ? null : $"Ủy ban nhân dân {Lower(parent)}", own ?? $"Ủy ban nhân dân {Lower(unit)}", place),
            _ => Make(kind, OfficialFormat.FrontCommittee(own ?? $"Ủy ban Mặt trận Tổ quốc Việt Nam {Lower(unit)}"), OfficialFormat.FrontBoard, place),
        };
    }

    /// <summary>"Phường Kỳ Phương" is written "Kỳ Phương" in the date line.</summary>
    public static string PlaceName(string unit)
    {
        foreach (var kind in Enum.GetValues<UnitKind>().OrderByDescending(k => k.Label().Length))
            if (unit.StartsWith(kind.Label() + " ", StringComparison.Ordinal)) return unit[(kind.Label().Length + 1)..];
        return unit;
    }

    private static Issuer Make(IssuerKind kind, string? superior, string body, string place) =>
        new(kind, superior, body, OfficialFormat.DefaultAbbreviation(kind, body), place);

    private static string Lower(string unit) => unit.Length == 0 ? unit : char.ToLowerInvariant(unit[0]) + unit[1..];
}
