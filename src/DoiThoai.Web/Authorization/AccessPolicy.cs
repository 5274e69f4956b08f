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
    /// <summary>The people, topic and legal basis catalogues of a unit.</summary>
    Catalogue,
    /// <summary>A petition or conclusion item followed up to closure.</summary>
    FollowUp,
    /// <summary>A unit's yearly dialogue plan and its entries.</summary>
    Plan,
    /// <summary>News posts, their photos and comments, and polls: the editors' work.</summary>
    News,
}

/// <summary>
/// The one table of who may do what: every role check of the portal is written here, and controllers, named
/// policies (<see cref="Policies"/>) and page permissions ask it. Whether the record lies inside the user's unit
/// subtree is checked separately (<see cref="Domain.UnitPath.IsWithin"/>); both must pass.
/// </summary>
public static class AccessPolicy
{
    private static readonly HashSet<string> StaffRoles =
        [Roles.Administrator, Roles.DistrictStaff, Roles.WardStaff, Roles.FrontStaff, Roles.Leader, Roles.Editor];

    /// <summary>Roles that enter and keep records (minutes, organizations, catalogues, plans) within their scope.</summary>
    public static readonly IReadOnlySet<string> RecordKeepers =
        new HashSet<string> { Roles.Administrator, Roles.DistrictStaff, Roles.WardStaff, Roles.FrontStaff };

    /// <summary>Who is told by e-mail about a due or overdue item: the staff of the unit that handles it, and its Front staff.</summary>
    public static readonly IReadOnlyList<string> NoticeRecipients = [Roles.WardStaff, Roles.DistrictStaff, Roles.FrontStaff];

    public static bool RoleAllows(IEnumerable<string> roles, ResourceKind kind, Operation operation)
    {
        var set = roles as IReadOnlySet<string> ?? roles.ToHashSet();
        if (set.Contains(Roles.Administrator)) return true;

        return (kind, operation) switch
        {
            // Drafts are the editors' own work; the public reads published posts through the public pages.
            (ResourceKind.News, _) => set.Contains(Roles.Editor),
            (_, Operation.Read) => set.Overlaps(StaffRoles),
            // The unit tree is structural: only administrators change it.
            (ResourceKind.Unit, _) => false,
            (ResourceKind.Organization or ResourceKind.Conference or ResourceKind.Catalogue or ResourceKind.FollowUp or ResourceKind.Plan, _) => set.Overlaps(RecordKeepers),
            _ => false,
        };
    }

    /// <summary>
    /// Who moves a follow-up item on: the bodies that handle it assign, work on and answer it; the Front
    /// checks and closes it, and asks for reopening; district staff may also reopen.
    /// </summary>
    public static bool RoleMayTakeAction(IEnumerable<string> roles, Domain.FollowUp.FollowUpAction action)
    {
        var set = roles as IReadOnlySet<string> ?? roles.ToHashSet();
        if (set.Contains(Roles.Administrator)) return true;
        return action switch
        {
            Domain.FollowUp.FollowUpAction.Close => set.Contains(Roles.FrontStaff),
            Domain.FollowUp.FollowUpAction.Reopen => set.Overlaps([Roles.FrontStaff, Roles.DistrictStaff]),
            // An answer its raiser judged unsettled is the Front's to reopen or close (ADR 0022).
            Domain.FollowUp.FollowUpAction.ReopenAfterVerdict or Domain.FollowUp.FollowUpAction.CloseAfterVerdict => set.Contains(Roles.FrontStaff),
            Domain.FollowUp.FollowUpAction.AnswerOnTheSpot => false,
            _ => set.Overlaps([Roles.DistrictStaff, Roles.WardStaff]),
        };
    }

    /// <summary>
    /// Who may declare a conference's minutes final: district and Front staff, and the chair's office, taken
    /// to be the staff of the organizing unit itself (ward staff whose home unit is the conference's unit, not
    /// a ward above a village's conference). The unit-scope check still applies on top of this.
    /// </summary>
    public static bool MayFinalizeMinutes(IEnumerable<string> roles, int userUnitId, int conferenceUnitId)
    {
        var set = roles as IReadOnlySet<string> ?? roles.ToHashSet();
        if (set.Overlaps([Roles.Administrator, Roles.DistrictStaff, Roles.FrontStaff])) return true;
        return set.Contains(Roles.WardStaff) && userUnitId == conferenceUnitId;
    }

    /// <summary>The Front monitors follow-up items (giám sát): it writes notes and assessments on any item in its scope.</summary>
    public static bool MayMonitor(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Administrator or Roles.FrontStaff);

    /// <summary>Leaders and the Front watch the whole scope's follow-up, rather than one body's own work.</summary>
    public static bool WatchesWholeScope(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Leader or Roles.FrontStaff);

    /// <summary>Administrators change the unit tree and the user accounts.</summary>
    public static bool MayAdminister(IEnumerable<string> roles) => roles.Contains(Roles.Administrator);

    /// <summary>
    /// Administrators replace the Word templates (letterheads) of the units under their own unit; an administrator of a
    /// unit at the top of the tree is the system's and replaces any unit's (ADR 0021). Other roles never do.
    /// </summary>
    /// <param name="homePath">The administrator's own unit (<see cref="UserScope.HomePath"/>), not the whole tree they read.</param>
    public static bool MayReplaceTemplates(IEnumerable<string> roles, string homePath, string unitPath) =>
        MayAdminister(roles) && (Domain.UnitPath.Depth(homePath) <= 1 || Domain.UnitPath.IsWithin(unitPath, homePath));

    /// <summary>Turning final minutes back into a draft undoes an office's act: administrators only.</summary>
    public static bool MayReopenMinutes(IEnumerable<string> roles) => MayAdminister(roles);

    public static ResourceKind KindOf(Domain.IUnitScoped record) => record switch
    {
        Domain.AdministrativeUnit => ResourceKind.Unit,
        Domain.Organization => ResourceKind.Organization,
        Domain.Conferences.Conference or Domain.Conferences.ConferencePart => ResourceKind.Conference,
        // The calendar entry and the questions sent before are the organizing office's, like its minutes.
        Domain.Public.ConferenceAnnouncement or Domain.Public.SentQuestion => ResourceKind.Conference,
        Domain.Conferences.Person or Domain.Conferences.Topic or Domain.Conferences.LegalBasis or Domain.FollowUp.AnswerTemplate => ResourceKind.Catalogue,
        Domain.FollowUp.FollowUpItem => ResourceKind.FollowUp,
        Domain.Plans.DialoguePlan or Domain.Plans.PlanEntry => ResourceKind.Plan,
        Domain.News.NewsPost or Domain.News.NewsPhoto or Domain.News.NewsComment or Domain.News.NewsPoll => ResourceKind.News,
        _ => throw new ArgumentException($"No access rule for {record.GetType().Name}.", nameof(record)),
    };
}
