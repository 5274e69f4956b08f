using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>
/// Every endpoint, measured: anonymous is sent to sign-in, a form without its antiforgery token is refused,
/// another ward's record answers 404 and a wrong role 403 (issue 7, "Security, measured"). The expectations
/// live in <see cref="EndpointRules"/>; an endpoint missing there fails the first test.
/// </summary>
public class EndpointSecurityMatrixTests(SecurityPortalFactory factory, ITestOutputHelper output) : IClassFixture<SecurityPortalFactory>
{
    private async Task<IReadOnlyList<PortalEndpoint>> EndpointsAsync()
    {
        await factory.PrepareAsync();
        return EndpointCatalog.All(factory.Services);
    }

    [Fact]
    public async Task Every_endpoint_is_in_the_security_registry_with_its_ids_and_roles()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (!EndpointRules.All.TryGetValue(endpoint.Key, out var rule))
            {
                problems.Add($"{endpoint}: not in EndpointRules; say who is refused (or why no one is) and what its ids name.");
                continue;
            }
            if (rule.Anonymous != endpoint.Anonymous)
                problems.Add($"{endpoint}: the registry says anonymous={rule.Anonymous}, the endpoint says {endpoint.Anonymous}.");
            if (!endpoint.Anonymous && rule.Refused.Count == 0 && rule.OpenToAllBecause is null)
                problems.Add($"{endpoint}: names no role that must be refused and no reason why every role may use it.");
            foreach (var id in endpoint.IdParameters.Where(id => !rule.Ids.ContainsKey(id)))
                problems.Add($"{endpoint}: its id parameter '{id}' has no record kind (or reason it is not unit-scoped) in the registry.");
            if (endpoint.Method == "POST" && endpoint.IgnoresAntiforgery && rule.AntiforgeryExemptBecause is null)
                problems.Add($"{endpoint}: accepts a POST without the antiforgery token and the registry gives no reason.");
        }
        var keys = endpoints.Select(e => e.Key).ToHashSet();
        problems.AddRange(EndpointRules.All.Keys.Where(k => !keys.Contains(k)).Select(k => $"{k}: in the registry but no longer an endpoint."));

        output.WriteLine($"{endpoints.Count} endpoints (action and method) in {endpoints.Select(e => e.Key).Distinct().Count()} actions.");
        Assert.True(problems.Count == 0, "Endpoint security registry is incomplete:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Anonymous_requests_to_staff_endpoints_are_sent_to_sign_in()
    {
        var endpoints = (await EndpointsAsync()).Where(e => !e.Anonymous).ToList();
        var client = factory.CreateBareClient();
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var url = endpoint.Url(1);
            using var response = endpoint.Method == "GET"
                ? await client.GetAsync(url)
                : await client.PostAsync(url, new FormUrlEncodedContent([new("x", "1")]));
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : null;
            if (response.StatusCode != HttpStatusCode.Redirect || location != "/Account/Login")
                problems.Add($"{endpoint}: {(int)response.StatusCode} to {response.Headers.Location}");
        }
        output.WriteLine($"{endpoints.Count} staff endpoints asked anonymously.");
        Assert.True(problems.Count == 0, "Not sent to /Account/Login:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var posts = (await EndpointsAsync()).Where(e => e.Method == "POST" && RuleOf(e).AntiforgeryExemptBecause is null).ToList();
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var before = await FingerprintAsync();
        var problems = new List<string>();
        foreach (var endpoint in posts)
        {
            var id = await OwnIdAsync(endpoint, "id") ?? 1;
            var fields = RuleOf(endpoint).Fields.Append(new("Input.UnitId", "1")).ToList();
            using var response = await admin.PostAsync(endpoint.Url(id), new FormUrlEncodedContent(fields));
            if (response.StatusCode != HttpStatusCode.BadRequest) problems.Add($"{endpoint}: {(int)response.StatusCode}");
        }
        var after = await FingerprintAsync();
        output.WriteLine($"{posts.Count} form endpoints posted without a token.");
        Assert.True(problems.Count == 0, "Accepted without an antiforgery token:\n" + string.Join("\n", problems));
        Assert.Equal(before, after);
        // Still signed in: the refused sign-out did not sign the administrator out.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_ward_get_404_for_every_record_id()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        var checks = 0;
        foreach (var endpoint in endpoints.Where(e => !e.Anonymous))
        {
            var rule = RuleOf(endpoint);
            foreach (var (parameter, idRule) in rule.Ids.Where(i => i.Value.Kind is not null))
            {
                var checkedHere = 0;
                foreach (var (user, foreignUnits, ownUnit) in ForeignPairs(idRule))
                {
                    long? foreign = null;
                    foreach (var unit in foreignUnits) foreign ??= await factory.IdWithinAsync(idRule.Kind!.Value, unit);
                    if (foreign is null)
                    {
                        problems.Add($"{endpoint}: no {idRule.Kind} outside the scope of {user} in the seeded database.");
                        continue;
                    }
                    long? primary = null;
                    if (idRule.Secondary)
                    {
                        primary = await factory.IdWithinAsync(rule.Ids["id"].Kind!.Value, ownUnit);
                        // A user without a record of their own to pair with is left out; the other user must cover it.
                        if (primary is null) continue;
                    }
                    var (id, extra) = parameter == "id" ? (foreign, new Dictionary<string, string>()) : (primary, new Dictionary<string, string> { [parameter] = foreign.Value.ToString() });
                    using var response = await SendAsync(user, endpoint, id, extra);
                    checks++;
                    checkedHere++;
                    if (response.StatusCode != HttpStatusCode.NotFound)
                        problems.Add($"{endpoint}: {user} with another ward's {idRule.Kind} {foreign} in '{parameter}' got {(int)response.StatusCode}");
                }
                if (checkedHere == 0) problems.Add($"{endpoint}: '{parameter}' was checked for no user (no records to pair in the seeded database).");
            }
        }
        output.WriteLine($"{checks} wrong-ward requests, each expected to answer 404.");
        Assert.True(problems.Count == 0, "Another ward's record was not a 404:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Wrong_roles_are_refused_with_403()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        var checks = 0;
        foreach (var endpoint in endpoints.Where(e => !e.Anonymous))
        {
            var rule = RuleOf(endpoint);
            foreach (var user in rule.Refused)
            {
                // A create form names its unit: one within the user's scope, so that the role is what decides.
                var extra = new Dictionary<string, string>();
                if (endpoint.Descriptor.Parameters.Any(p => p.BindingInfo?.BinderModelName == "Input"))
                    extra["Input.UnitId"] = (await factory.IdWithinAsync(RecordKind.Unit, "HT-KA-KPH"))!.Value.ToString();
                foreach (var parameter in endpoint.IdParameters.Where(p => p != "id"))
                    if (await OwnIdAsync(endpoint, parameter) is { } value) extra[parameter] = value.ToString();
                using var response = await SendAsync(user, endpoint, await OwnIdAsync(endpoint, "id"), extra);
                checks++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                    problems.Add($"{endpoint}: {user} got {(int)response.StatusCode}, expected 403");
            }
        }
        output.WriteLine($"{checks} wrong-role requests, each expected to answer 403.");
        Assert.True(problems.Count == 0, "A wrong role was not refused:\n" + string.Join("\n", problems));
    }

    private static EndpointRule RuleOf(PortalEndpoint endpoint) =>
        EndpointRules.All.TryGetValue(endpoint.Key, out var rule) ? rule : throw new InvalidOperationException($"{endpoint} is not in EndpointRules.");

    /// <summary>Who tests an id's scope: each user against records of a unit outside theirs, and their own unit for pairing.</summary>
    private static IEnumerable<(string User, string[] ForeignUnits, string OwnUnit)> ForeignPairs(IdRule rule) => rule.EditorsDesk
        ? [(SecurityPortalFactory.ThanhBinhEditor, ["HT-KA-KPH", "HT-KA"], "NB-NB-TB"), (Demo.Editor, ["NB-NB-TB", "HT-HL"], "HT-KA")]
        : [(Demo.ThanhBinhWard, ["HT-KA-KPH", "HT-KA"], "NB-NB-TB"), (Demo.KyPhuongWard, ["HT-HL", "NB-NB-TB"], "HT-KA-KPH")];

    /// <summary>A record in Kỳ Phương (within every Kỳ Anh role's scope) of the kind the parameter names, for role checks.</summary>
    private async Task<long?> OwnIdAsync(PortalEndpoint endpoint, string parameter)
    {
        if (!endpoint.IdParameters.Contains(parameter)) return null;
        var rule = RuleOf(endpoint);
        if (rule.Ids.GetValueOrDefault(parameter) is not { Kind: { } kind }) return endpoint.Key.StartsWith("Users.") ? await factory.UserIdAsync(Demo.Leader) : 1;
        return await factory.IdWithinAsync(kind, "HT-KA-KPH") ?? await factory.IdWithinAsync(kind, "HT-KA");
    }

    private readonly Dictionary<string, (HttpClient Client, string Token)> _sessions = [];

    /// <summary>A real request of a signed-in user: a GET with the values in the query, or a form post with its token.</summary>
    private async Task<HttpResponseMessage> SendAsync(string user, PortalEndpoint endpoint, long? id, IReadOnlyDictionary<string, string> extra)
    {
        if (!_sessions.TryGetValue(user, out var session))
        {
            var client = await factory.SignedInClientAsync(user);
            session = _sessions[user] = (client, await client.GetAntiforgeryTokenAsync("/Account/TwoFactor"));
        }
        var fields = RuleOf(endpoint).Fields.Concat(extra).GroupBy(f => f.Key).Select(g => g.Last()).ToList();
        var url = endpoint.Url(id);
        if (endpoint.Method == "GET")
        {
            var query = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            return await session.Client.GetAsync(query.Length == 0 ? url : $"{url}?{query}");
        }
        fields.Add(new("__RequestVerificationToken", session.Token));
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>How many live records of each kind there are, and how many audit entries: any change moves one of these.</summary>
    private Task<string> FingerprintAsync() => factory.WithDbAsync(async (AppDbContext db) => string.Join(",",
        await db.Conferences.CountAsync(), await db.Petitions.CountAsync(), await db.Speeches.CountAsync(),
        await db.ConclusionItems.CountAsync(), await db.ConferenceParticipants.CountAsync(), await db.FollowUps.CountAsync(),
        await db.FollowUpEvents.CountAsync(), await db.Organizations.CountAsync(), await db.People.CountAsync(),
        await db.Topics.CountAsync(), await db.AnswerTemplates.CountAsync(), await db.DialoguePlans.CountAsync(),
        await db.PlanEntries.CountAsync(), await db.NewsPosts.CountAsync(), await db.NewsComments.CountAsync(),
        await db.NewsPolls.CountAsync(), await db.NewsPollVotes.CountAsync(), await db.LegalBases.CountAsync(),
        await db.Units.CountAsync(), await db.Users.CountAsync(), await db.AuditEntries.CountAsync()));
}
