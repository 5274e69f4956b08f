namespace DoiThoai.Web.Authorization;

public enum Operation
{
    Read,
    Create,
    Update,
    Delete,
}

/// <summary>The kinds of record the access rules know. Later features add theirs here.</summary>
public enum ResourceKind
{
    Unit,
    Organization,
    /// <summary>A conference and every part of its minutes (speeches, petitions, conclusion items...).</summary>
    Conference,
    /// <summary>The people and topic catalogues of a unit.</summary>
    Catalogue,
}

/// <summary>
/// The one table of who may do what. Whether the record lies inside the user's unit subtree is
/// checked separately (<see cref="Domain.UnitPath.IsWithin"/>); both must pass.
/// </summary>
public static class AccessPolicy
{
    private static readonly HashSet<string> StaffRoles =
        [Roles.Administrator, Roles.DistrictStaff, Roles.WardStaff, Roles.FrontStaff, Roles.Leader, Roles.Editor];

    private static readonly HashSet<string> RecordKeepers =
        [Roles.Administrator, Roles.DistrictStaff, Roles.WardStaff, Roles.FrontStaff];

    public static bool RoleAllows(IEnumerable<string> roles, ResourceKind kind, Operation operation)
    {
        var set = roles as IReadOnlySet<string> ?? roles.ToHashSet();
        if (set.Contains(Roles.Administrator)) return true;

        return (kind, operation) switch
        {
            (_, Operation.Read) => set.Overlaps(StaffRoles),
            // The unit tree is structural: only administrators change it.
            (ResourceKind.Unit, _) => false,
            (ResourceKind.Organization or ResourceKind.Conference or ResourceKind.Catalogue, _) => set.Overlaps(RecordKeepers),
            _ => false,
        };
    }

    public static ResourceKind KindOf(Domain.IUnitScoped record) => record switch
    {
        Domain.AdministrativeUnit => ResourceKind.Unit,
        Domain.Organization => ResourceKind.Organization,
        Domain.Conferences.Conference or Domain.Conferences.ConferencePart => ResourceKind.Conference,
        Domain.Conferences.Person or Domain.Conferences.Topic => ResourceKind.Catalogue,
        _ => throw new ArgumentException($"No access rule for {record.GetType().Name}.", nameof(record)),
    };
}
