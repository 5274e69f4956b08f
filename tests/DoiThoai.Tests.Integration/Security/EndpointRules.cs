using DoiThoai.Tests.Integration.Infrastructure;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>How an id parameter is checked: a record kind looked up per ward, or the reason it is not unit-scoped.</summary>
public sealed record IdRule(RecordKind? Kind, string? NotScopedBecause = null)
{
    /// <summary>News is the editors' desk: ward staff are refused there by role, so editors of two provinces test its scope.</summary>
    public bool EditorsDesk { get; init; }

    /// <summary>
    /// Names a part of the record given by "id" (a template used on an item, a row of minutes): checked with the
    /// user's own record in "id" and a foreign one here.
    /// </summary>
    public bool Secondary { get; init; }
}

/// <summary>What the matrix expects of one action (all its HTTP methods).</summary>
public sealed record EndpointRule
{
    public bool Anonymous { get; init; }

    /// <summary>Why no signed-in role is refused (every staff role may use it); null when <see cref="Refused"/> names roles.</summary>
    public string? OpenToAllBecause { get; init; }

    /// <summary>Demo accounts that must get 403, each within whose scope the record lies.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    public IReadOnlyDictionary<string, IdRule> Ids { get; init; } = new Dictionary<string, IdRule>();

    /// <summary>Fields without which the action refuses before asking who the user is (e.g. which action to take).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Why a POST is accepted without the antiforgery token; null for every form that changes anything.</summary>
    public string? AntiforgeryExemptBecause { get; init; }
}

/// <summary>
/// The registry the matrix checks every endpoint against. A new controller action must be added here, with
/// who is refused and what its ids name, or <see cref="EndpointSecurityMatrixTests"/> fails naming it.
/// </summary>
public static class EndpointRules
{
    private static readonly string[] NotRecordKeepers = [Demo.Leader, Demo.Editor];
    private static readonly string[] NotAdministrators = [Demo.DistrictStaff, Demo.Leader];
    private static readonly string[] NotEditors = [Demo.Leader, Demo.KyPhuongWard];
    private static readonly string[] NotFollowUpBodies = [Demo.Editor, Demo.Leader, Demo.FrontStaff];

    private const string StaffRead = "every staff role reads the records of its scope (AccessPolicy: Read)";
    private const string OwnAccount = "every signed-in user manages their own sign-in";

    private static readonly IdRule QuestionOfConference =
        new(null, "looked up within the conference named by id, whose scope is checked (ModerationTests: another conference's question is 404)");

    private static EndpointRule Public => new() { Anonymous = true };
    private static EndpointRule Open(string because, RecordKind? id = null) => new() { OpenToAllBecause = because, Ids = IdOf(id) };
    private static EndpointRule RefusedTo(string[] users, RecordKind? id = null, bool editorsDesk = false) =>
        new() { Refused = users, Ids = IdOf(id, editorsDesk) };

    private static Dictionary<string, IdRule> IdOf(RecordKind? kind, bool editorsDesk = false) =>
        kind is { } k ? new() { ["id"] = new IdRule(k) { EditorsDesk = editorsDesk } } : [];

    private static EndpointRule With(this EndpointRule rule, string parameter, IdRule id) =>
        rule with { Ids = new Dictionary<string, IdRule>(rule.Ids) { [parameter] = id } };

    public static readonly IReadOnlyDictionary<string, EndpointRule> All = new Dictionary<string, EndpointRule>
    {
        ["Account.Login"] = Public,
        ["Account.LoginWith2fa"] = Public,
        ["Account.Logout"] = Open(OwnAccount),
        ["Account.TwoFactor"] = Open(OwnAccount),
        ["Account.EnableAuthenticator"] = Open(OwnAccount),
        ["Account.NewAuthenticatorKey"] = Open(OwnAccount),
        ["Account.GenerateRecoveryCodes"] = Open(OwnAccount),
        ["Account.DisableTwoFactor"] = Open(OwnAccount),

        ["AnswerTemplates.Index"] = Open(StaffRead),
        ["AnswerTemplates.Create"] = RefusedTo(NotRecordKeepers),
        ["AnswerTemplates.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.AnswerTemplate),
        ["AnswerTemplates.Delete"] = RefusedTo(NotRecordKeepers, RecordKind.AnswerTemplate),

        ["Conferences.Index"] = Open(StaffRead),
        ["Conferences.Details"] = Open(StaffRead, RecordKind.Conference),
        ["Conferences.Print"] = Open(StaffRead, RecordKind.Conference),
        ["Conferences.Word"] = Open(StaffRead, RecordKind.Conference),
        ["Conferences.Create"] = RefusedTo(NotRecordKeepers),
        ["Conferences.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Conferences.Delete"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Conferences.Finalize"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        // Only administrators turn final minutes back into a draft (AccessPolicy.MayReopenMinutes).
        ["Conferences.Reopen"] = RefusedTo([Demo.Leader, Demo.DistrictStaff, Demo.FrontStaff], RecordKind.Conference),

        ["Dashboard.Index"] = Open("every staff role reads the dashboard of its own scope"),
        ["Dashboard.Petitions"] = Open("every staff role reads the dashboard of its own scope"),

        ["Documents.Minutes"] = Open(StaffRead, RecordKind.Conference),
        // A unit's letterhead templates are its administrators' (a unit's Update is theirs only).
        ["Documents.Templates"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),
        ["Documents.Template"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),
        ["Documents.ResetTemplate"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),

        ["Error.Show"] = Public with
        {
            AntiforgeryExemptBecause = "error pages are re-executed for the failed request, a POST included, and change nothing",
            Ids = new Dictionary<string, IdRule>(),
        },

        // Assigning is the handling bodies' work (AccessPolicy.RoleMayTakeAction); the batch's operation decides the rest.
        ["FollowUpBatches.Assign"] = RefusedTo(NotFollowUpBodies),
        ["FollowUpBatches.Run"] = RefusedTo([Demo.Editor, Demo.Leader]) with { Fields = new Dictionary<string, string> { ["Bulk.Operation"] = "Start" } },
        ["FollowUpBatches.Result"] = Open("shows the caller's own last batch result, kept in their TempData"),

        ["FollowUps.Index"] = Open(StaffRead),
        ["FollowUps.Details"] = Open(StaffRead, RecordKind.FollowUp),
        ["FollowUps.Attachment"] = Open(StaffRead, RecordKind.Attachment),
        ["FollowUps.Template"] = Open(StaffRead, RecordKind.FollowUp).With("templateId", new IdRule(RecordKind.AnswerTemplate) { Secondary = true }),
        ["FollowUps.Split"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Merge"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Assign"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Prepare"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.RaiserEmail"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Publish"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Progress"] = RefusedTo(NotFollowUpBodies, RecordKind.FollowUp),
        ["FollowUps.Act"] = RefusedTo([Demo.Editor, Demo.Leader], RecordKind.FollowUp) with { Fields = new Dictionary<string, string> { ["Action"] = "Start" } },
        // The Front's monitoring opinion (giám sát): Front staff and administrators only.
        ["FollowUps.Monitor"] = RefusedTo([Demo.Editor, Demo.Leader, Demo.DistrictStaff], RecordKind.FollowUp),

        ["Home.Index"] = Public,

        ["LegalBases.Index"] = RefusedTo(NotRecordKeepers),
        ["LegalBases.Search"] = RefusedTo(NotRecordKeepers),
        ["LegalBases.Create"] = RefusedTo(NotRecordKeepers),
        // Shared for reading (one provincial decision is cited by every commune), kept by the unit that entered it.
        ["LegalBases.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.LegalBasis),

        ["Minutes.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddParticipant"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddOrganization"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddSpeech"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddPetition"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddConclusionItem"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.AddPetitions"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.Template"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.Import"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Minutes.Remove"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(RecordKind.Petition) { Secondary = true })
            with { Fields = new Dictionary<string, string> { ["section"] = "petitions" } },
        // Corrections and moves of rows (ADR 0015): the row must belong to the conference named by id, itself scope-checked.
        ["Minutes.EditRow"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(RecordKind.Petition) { Secondary = true })
            with { Fields = new Dictionary<string, string> { ["section"] = "petitions" } },
        ["Minutes.Rows"] = RefusedTo(NotRecordKeepers, RecordKind.Conference) with { Fields = new Dictionary<string, string> { ["section"] = "petitions" } },
        ["Minutes.Move"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(RecordKind.Petition) { Secondary = true })
            with { Fields = new Dictionary<string, string> { ["section"] = "petitions", ["direction"] = "Up" } },
        ["Minutes.UpdatePetition"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(RecordKind.Petition) { Secondary = true })
            with { Fields = new Dictionary<string, string> { ["Petition.Kind"] = "Petition", ["Petition.Content"] = "Sửa" } },
        ["Minutes.UpdateSpeech"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(null, "looked up only among the rows of the conference named by id, which is scope-checked (MinutesService.PartAsync)")),
        ["Minutes.UpdateParticipant"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(null, "looked up only among the rows of the conference named by id, which is scope-checked (MinutesService.PartAsync)")),
        ["Minutes.UpdateConclusionItem"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(null, "looked up only among the rows of the conference named by id, which is scope-checked (MinutesService.PartAsync)")),

        ["MinutesRecord.AddCitedFigure"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["MinutesRecord.AddFinding"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["MinutesRecord.Remove"] = RefusedTo(NotRecordKeepers, RecordKind.Conference)
            .With("partId", new IdRule(null, "a cited figure or finding, looked up only among the rows of the conference in id")),

        ["News.Index"] = RefusedTo(NotEditors),
        ["News.Create"] = RefusedTo(NotEditors),
        ["News.Comments"] = RefusedTo(NotEditors),
        ["News.Polls"] = RefusedTo(NotEditors),
        ["News.CreatePoll"] = RefusedTo(NotEditors),
        ["News.FromConference"] = RefusedTo(NotEditors).With("conferenceId", new IdRule(RecordKind.Conference) { EditorsDesk = true }),
        ["News.Edit"] = RefusedTo(NotEditors, RecordKind.NewsPost, editorsDesk: true),
        ["News.Act"] = RefusedTo(NotEditors, RecordKind.NewsPost, editorsDesk: true),
        ["News.AddPhoto"] = RefusedTo(NotEditors, RecordKind.NewsPost, editorsDesk: true),
        ["News.RemovePhoto"] = RefusedTo(NotEditors, RecordKind.NewsPost, editorsDesk: true).With("photoId",
            new IdRule(null, "looked up only among the photos of the post named by id, which is scope-checked (NewsService.RemovePhotoAsync)")),
        ["News.Moderate"] = RefusedTo(NotEditors, RecordKind.NewsComment, editorsDesk: true),
        ["News.SetPollOpen"] = RefusedTo(NotEditors, RecordKind.NewsPoll, editorsDesk: true),

        ["Notices.Index"] = Open("each user's own notices, of their scope"),
        ["Notices.MarkAllRead"] = Open("each user's own notices, of their scope"),

        ["Organizations.Index"] = Open(StaffRead),
        ["Organizations.Details"] = Open(StaffRead, RecordKind.Organization),
        ["Organizations.Create"] = RefusedTo(NotRecordKeepers).With("unitId", new IdRule(RecordKind.Unit)),
        ["Organizations.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Organization),
        ["Organizations.Delete"] = RefusedTo(NotRecordKeepers, RecordKind.Organization),

        ["People.Index"] = Open(StaffRead),
        ["People.Create"] = RefusedTo(NotRecordKeepers),
        ["People.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Person),

        ["Plans.Index"] = Open(StaffRead).With("unitId",
            new IdRule(null, "a filter of a list already limited to the user's scope (PlanService.ListAsync): another ward's unit lists nothing")),
        ["Plans.Details"] = Open(StaffRead, RecordKind.Plan),
        ["Plans.Create"] = RefusedTo(NotRecordKeepers),
        ["Plans.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Plan),
        ["Plans.Delete"] = RefusedTo(NotRecordKeepers, RecordKind.Plan),
        ["Plans.AddEntry"] = RefusedTo(NotRecordKeepers, RecordKind.Plan),
        ["Plans.EditEntry"] = RefusedTo(NotRecordKeepers, RecordKind.PlanEntry),
        ["Plans.DeleteEntry"] = RefusedTo(NotRecordKeepers, RecordKind.PlanEntry),

        ["PublicNews.Index"] = Public,
        ["PublicNews.Category"] = Public,
        ["PublicNews.Tag"] = Public,
        ["PublicNews.Search"] = Public,
        ["PublicNews.Post"] = Public,
        ["PublicNews.Print"] = Public,
        ["PublicNews.Comment"] = Public,
        ["PublicNews.CaptchaPicture"] = Public,
        ["PublicNews.NewCaptcha"] = Public,
        ["PublicNews.Photo"] = Public,
        ["PublicNews.Stats"] = Public,
        ["PublicNews.Rss"] = Public,
        ["PublicNews.Sitemap"] = Public,
        ["Polls.Index"] = Public,
        ["Polls.Vote"] = Public with
        {
            Ids = new Dictionary<string, IdRule>
            {
                ["id"] = new(null, "open polls are public: any reader may vote once, whatever their unit"),
                ["optionId"] = new(null, "an option is looked up within the poll named by id"),
            },
        },
        ["PublicPetitions.Index"] = Public,
        ["Lookup.Index"] = Public,
        ["Lookup.Verdict"] = Public,
        ["Receipts.Index"] = Open(StaffRead, RecordKind.Conference),
        ["PublicCalendar.Index"] = Public,
        ["PublicCalendar.Details"] = Public with { Ids = new Dictionary<string, IdRule> { ["id"] = new(null, "a published announcement is public; an unpublished one is 404 for everyone") } },
        ["PublicCalendar.ICalendar"] = Public,
        ["PublicCalendar.Rss"] = Public,
        ["Announcements.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["Verdicts.Index"] = Open("every staff role reads the unsettled answers of its own scope"),
        ["PublicQuestions.Send"] = Public with { Ids = new Dictionary<string, IdRule> { ["id"] = new(null, "a published announcement is public; an unpublished one is 404 for everyone") } },
        // Moderators see the senders' names and photos: the organizing office and the Front, within their scope.
        ["SentQuestions.Index"] = RefusedTo(NotRecordKeepers, RecordKind.Conference),
        ["SentQuestions.Accept"] = RefusedTo(NotRecordKeepers, RecordKind.Conference).With("questionId", QuestionOfConference),
        ["SentQuestions.Refuse"] = RefusedTo(NotRecordKeepers, RecordKind.Conference).With("questionId", QuestionOfConference),
        ["SentQuestions.Merge"] = RefusedTo(NotRecordKeepers, RecordKind.Conference).With("questionId", QuestionOfConference),
        ["SentQuestions.Photo"] = RefusedTo(NotRecordKeepers, RecordKind.Conference).With("questionId", QuestionOfConference),
        ["RaisedQuestions.Raise"] = RefusedTo(NotRecordKeepers, RecordKind.Conference).With("questionId", QuestionOfConference),

        ["Reports.Index"] = Open("every staff role reports on its own scope"),
        ["Reports.Excel"] = Open("every staff role reports on its own scope"),
        ["Reports.Word"] = Open("every staff role reports on its own scope"),

        ["Staff.Index"] = Open("the staff home page of every signed-in user"),

        ["Topics.Index"] = Open(StaffRead),
        ["Search.Index"] = Open("every staff role searches the records of its own scope; the scope is a token of the match itself (ADR 0019)"),
        ["Topics.Create"] = RefusedTo(NotRecordKeepers),
        ["Topics.Edit"] = RefusedTo(NotRecordKeepers, RecordKind.Topic),

        ["Units.Index"] = Open(StaffRead),
        ["Units.Details"] = Open(StaffRead, RecordKind.Unit),
        ["Units.Create"] = RefusedTo(NotAdministrators).With("parentId",
            new IdRule(null, "administrators only, whose scope is every unit")),
        // The unit tree is structural: only administrators change it, even within one's own scope.
        ["Units.Edit"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),
        ["Units.Merge"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),
        ["Units.Retire"] = RefusedTo([Demo.DistrictStaff, Demo.KyPhuongWard], RecordKind.Unit),

        ["Users.Index"] = RefusedTo(NotAdministrators),
        ["Users.Create"] = RefusedTo(NotAdministrators),
        ["Users.Details"] = AccountsOnly,
        ["Users.Edit"] = AccountsOnly,
        ["Users.Lock"] = AccountsOnly,
        ["Users.Unlock"] = AccountsOnly,
        ["Users.ResetPassword"] = AccountsOnly,
    };

    private static EndpointRule AccountsOnly => RefusedTo(NotAdministrators).With("id",
        new IdRule(null, "accounts are kept by administrators only, whose scope is every unit"));
}
