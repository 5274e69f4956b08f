using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>
/// The follow-up list's filters by topic, responsible body and deadline (issue 17, ADR 0027) on the demo data: each keeps
/// exactly its rows, they combine with each other and with the others, the pager keeps them, and none widens the scope.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public partial class FollowUpListFilterTests(PortalFactory factory)
{
    private const string All = "/FollowUps?Mine=false&OpenOnly=false";

    private sealed record Listed(int Id, string? Topic, int? OrganizationId, DateOnly? Deadline, string UnitPath, string? ResponsiblePath);

    private async Task<(List<Listed> Rows, string Html)> ListedAsync(string email, string address)
    {
        var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var ids = DetailsLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        var rows = await factory.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new Listed(f.Id, f.Petition!.Topic!.Name, f.ResponsibleOrganizationId, f.Deadline,
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Path).First(),
                db.Units.Where(u => u.Id == f.ResponsibleUnitId).Select(u => u.Path).FirstOrDefault()))
            .ToListAsync());
        return (ids.Select(id => rows.Single(r => r.Id == id)).ToList(), html);
    }

    private Task<string> WardPathAsync(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email)
        .Select(u => db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Path).First()).SingleAsync());

    private static bool InWard(Listed row, string wardPath) =>
        UnitPath.IsWithin(row.UnitPath, wardPath) || (row.ResponsiblePath is { } p && UnitPath.IsWithin(p, wardPath));

    /// <summary>The topic name held by the most live items of the district (a name several units' catalogues share).</summary>
    private Task<string> CommonTopicAsync() => factory.WithDbAsync(db => db.FollowUps.Where(f => f.MergedIntoId == null && f.Petition!.TopicId != null)
        .GroupBy(f => f.Petition!.Topic!.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());

    [Fact]
    public async Task The_topic_filter_keeps_the_items_of_every_topic_of_that_name_and_only_those()
    {
        var topic = await CommonTopicAsync();
        var expected = await factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.MergedIntoId == null && f.Petition!.Topic!.Name == topic));

        var (rows, html) = await ListedAsync(Demo.DistrictStaff, $"{All}&Topic={Uri.EscapeDataString(topic)}");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(topic, r.Topic));
        Assert.Contains($"<option value=\"{topic}\" selected=\"selected\">", html);
        Assert.All(SortLink().Matches(html).Select(m => m.Groups[1].Value), link => Assert.Equal(topic, QueryValue(link, "Topic")));
        Assert.Matches($"data-testid=\"followup-count\">{Math.Min(expected, 10_000)} việc", html.Replace(".", ""));
    }

    [Fact]
    public async Task The_body_filter_keeps_the_items_given_to_that_body()
    {
        var body = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.ResponsibleOrganizationId != null && f.MergedIntoId == null)
            .GroupBy(f => f.ResponsibleOrganizationId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync());

        var (rows, _) = await ListedAsync(Demo.DistrictStaff, $"{All}&OrganizationId={body}");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(body, r.OrganizationId));
    }

    [Fact]
    public async Task The_deadline_range_keeps_the_items_due_within_it_typed_as_dd_MM_yyyy()
    {
        var deadlines = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.Deadline != null && f.MergedIntoId == null)
            .Select(f => f.Deadline!.Value).Distinct().OrderBy(d => d).ToListAsync());
        Assert.True(deadlines.Count >= 3, "the demo data holds too few deadlines to tell a range");
        var (from, to) = (deadlines[1], deadlines[^2]);

        var (rows, html) = await ListedAsync(Demo.DistrictStaff, $"{All}&DeadlineFrom={from:dd/MM/yyyy}&DeadlineTo={to:dd/MM/yyyy}");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(r.Deadline!.Value, from, to));
        Assert.Contains($"value=\"{from:dd/MM/yyyy}\"", html);
    }

    [Fact]
    public async Task The_filters_combine_and_the_pager_and_sort_links_keep_them()
    {
        // The demo's items with a deadline are given to a body; those of a topic wait unassigned, so a body and a range combine.
        var (body, from, to) = await factory.WithDbAsync(async db =>
        {
            var given = await db.FollowUps.Where(f => f.ResponsibleOrganizationId != null && f.Deadline != null && f.MergedIntoId == null)
                .Select(f => new { Body = f.ResponsibleOrganizationId!.Value, Deadline = f.Deadline!.Value }).ToListAsync();
            var most = given.GroupBy(g => g.Body).OrderByDescending(g => g.Count()).First();
            var deadlines = most.Select(g => g.Deadline).Order().ToList();
            return (most.Key, deadlines[0], deadlines[deadlines.Count / 2]);
        });
        var address = $"{All}&OrganizationId={body}&DeadlineFrom={from:dd/MM/yyyy}&DeadlineTo={to:dd/MM/yyyy}";
        var matching = await factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.MergedIntoId == null
            && f.ResponsibleOrganizationId == body && f.Deadline >= from && f.Deadline <= to));

        var (rows, html) = await ListedAsync(Demo.DistrictStaff, address);

        Assert.Equal(Math.Min(matching, 20), rows.Count);
        Assert.All(rows, r => Assert.True(r.OrganizationId == body && r.Deadline >= from && r.Deadline <= to, $"item {r.Id} does not match every filter"));
        Assert.Equal(matching > 20, PageLink().IsMatch(html));
        var links = SortLink().Matches(html).Select(m => m.Groups[1].Value).Concat(PageLink().Matches(html).Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Equal(body.ToString(), QueryValue(link, "OrganizationId"));
            // The sort links keep the address as typed, the pager writes yyyy-MM-dd: both bind to the same dates.
            Assert.Contains(QueryValue(link, "DeadlineFrom"), new[] { $"{from:yyyy-MM-dd}", $"{from:dd/MM/yyyy}" });
            Assert.Contains(QueryValue(link, "DeadlineTo"), new[] { $"{to:yyyy-MM-dd}", $"{to:dd/MM/yyyy}" });
        });
    }

    [Fact]
    public async Task Another_wards_body_shows_a_ward_nothing()
    {
        var wardPath = await WardPathAsync(Demo.KyPhuongWard);
        var otherBodies = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.ResponsibleOrganizationId != null)
            .Select(f => new { Id = f.ResponsibleOrganizationId!.Value, f.UnitId, f.ResponsibleUnitId }).ToListAsync());
        var paths = await factory.WithDbAsync(db => db.Units.ToDictionaryAsync(u => u.Id, u => u.Path));
        var other = otherBodies.First(b => !UnitPath.IsWithin(paths[b.UnitId], wardPath)
            && (b.ResponsibleUnitId is not { } r || !UnitPath.IsWithin(paths[r], wardPath))).Id;

        var (rows, html) = await ListedAsync(Demo.KyPhuongWard, $"{All}&OrganizationId={other}");

        Assert.Empty(rows);
        Assert.Contains("Không có việc nào khớp điều kiện lọc.", html);
    }

    [Fact]
    public async Task A_topic_name_never_widens_a_wards_scope()
    {
        var wardPath = await WardPathAsync(Demo.KyPhuongWard);
        var topic = await CommonTopicAsync();

        var (rows, _) = await ListedAsync(Demo.KyPhuongWard, $"{All}&Topic={Uri.EscapeDataString(topic)}");

        Assert.All(rows, r => Assert.True(InWard(r, wardPath), $"item {r.Id} of unit {r.UnitPath} is outside the ward {wardPath}"));
        Assert.All(rows, r => Assert.Equal(topic, r.Topic));
    }

    private static string? QueryValue(string link, string name) => System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)[name];

    [GeneratedRegex("href=\"/FollowUps/Details/(\\d+)\"")] private static partial Regex DetailsLink();
    [GeneratedRegex("href=\"(/FollowUps\\?[^\"]*Page=\\d+[^\"]*)\"")] private static partial Regex PageLink();
    [GeneratedRegex("class=\"sort-link\" href=\"([^\"]*)\"")] private static partial Regex SortLink();
}
