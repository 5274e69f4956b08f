using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>One row of a minutes section as the entry page shows it, with the version its corrections and moves are checked against.</summary>
public sealed record PartRow(int ConferenceId, string Section, int Id, IReadOnlyList<string> Cells)
{
    public Guid Version { get; init; }

    /// <summary>What the row is called in its buttons' names ("Sửa dòng: …"): its text, not its kind or number.</summary>
    public string Title => (Section switch
    {
        Sections.Speeches => Cells.ElementAtOrDefault(4),
        Sections.Organizations => Cells.ElementAtOrDefault(0),
        _ => Cells.ElementAtOrDefault(1),
    }) ?? "";

    /// <summary>Rows kept in the order entered (all but the organizations, listed by name) can be moved and corrected.</summary>
    public bool Ordered => Section != Sections.Organizations;
}

public static class Sections
{
    public const string Participants = "participants";
    public const string Organizations = "organizations";
    public const string Speeches = "speeches";
    public const string Petitions = "petitions";
    public const string Items = "items";

    /// <summary>The column labels of each section: the table's header on a wide screen, each field's label on a card.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        [Participants] = ["Vai trò", "Họ và tên", "Chức vụ"],
        [Organizations] = ["Tổ chức"],
        [Speeches] = ["#", "Loại", "Người phát biểu", "Chức vụ", "Tóm tắt"],
        [Petitions] = ["Loại", "Nội dung", "Lĩnh vực", "Người, tổ chức nêu", "Gửi đến", "Trả lời tại hội nghị"],
        [Items] = ["#", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
    };
}

/// <summary>Choices on the entry page: bodies and people of the conference's unit, its subtree and the levels above.</summary>
public sealed record MinutesOptions(IReadOnlyList<SelectListItem> Organizations, IReadOnlyList<string> People, IReadOnlyList<string> Topics,
    IReadOnlyList<SelectListItem> ResidentialGroups);

/// <summary>
/// The rows of a conference's minutes, one file per thing a user does on the entry page: the choices it offers
/// (here), adding and removing rows (<c>.Entry</c>) and the rows as shown (<c>.Rows</c>). Called only after the
/// controller has authorized an update of the conference; every organization id that comes from a form is checked here.
/// </summary>
public sealed partial class MinutesService(AppDbContext db, TimeProvider clock, AmendmentInterceptor amendments, ConferenceOrganizations conferenceOrganizations)
{
    public Task<Conference?> FindConferenceAsync(int id) => db.Conferences.FirstOrDefaultAsync(c => c.Id == id);

    public async Task<MinutesOptions> OptionsAsync(Conference conference)
    {
        var path = await ReachAsync(conference);
        var organizations = await conferenceOrganizations.ChoicesAsync(conference.UnitId);
        var people = await db.People.AsNoTracking()
            .Near(path)
            .OrderBy(p => p.FullName).Select(p => p.FullName).Distinct().Take(2000).ToListAsync();
        var topics = await db.Topics.AsNoTracking()
            .Near(path)
            .OrderBy(t => t.Name).Select(t => t.Name).Distinct().ToListAsync();
        var groups = await db.Units.AsNoTracking()
            .ResidentialGroupsIn(path)
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync();
        return new MinutesOptions(organizations, people, topics,
            groups.Select(g => new SelectListItem($"{g.Kind.Label()} {g.Name}", g.Id.ToString())).ToList());
    }

    /// <summary>A raising residential group must lie within the conference's unit.</summary>
    public async Task<bool> ResidentialGroupAllowedAsync(Conference conference, int? unitId)
    {
        if (unitId is null) return true;
        return await db.Units.InSubtree(await ReachAsync(conference)).AnyAsync(u => u.Id == unitId);
    }

    /// <summary>True when every given organization may be named in this conference's minutes.</summary>
    public Task<bool> OrganizationsAllowedAsync(Conference conference, params int?[] organizationIds) =>
        conferenceOrganizations.AllowAsync(conference.UnitId, organizationIds);

    /// <summary>The conference unit's path: its people and topics are those near it (its subtree and the levels above).</summary>
    private Task<string> ReachAsync(Conference conference) => db.Units.PathOfAsync(conference.UnitId);
}
