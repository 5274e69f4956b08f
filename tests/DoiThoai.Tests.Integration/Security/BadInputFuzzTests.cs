using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>
/// A bounded, deterministic fuzz run of bad input (issue 7, "Bad input"; widened by issue 13): every endpoint gets
/// <see cref="InputsPerEndpoint"/> bad inputs in its form, its query and its path (whitespace, control characters and
/// malformed UTF-8 in every path value), and every file field gets malformed, DTD-bearing and oversized Office files
/// and cut images. No answer may be a 5xx; a refusal that renders a page says why in Vietnamese; a refused post
/// writes nothing; and nothing is left half-written.
/// Its own category: the README's <c>dotnet test</c> and <c>.ci/run</c> run it, a developer may leave it out with
/// <c>--filter "Category!=Fuzz"</c>.
/// </summary>
[Trait("Category", "Fuzz")]
public class BadInputFuzzTests(SecurityPortalFactory factory, ITestOutputHelper output) : IClassFixture<SecurityPortalFactory>
{
    private const int Seed = 20261123;
    private const int InputsPerEndpoint = 64;
    private const int AtLeast = 10_000;

    private static readonly string[] VietnameseWords =
        ["không", "Không", "Hãy", "hợp lệ", "Yêu cầu", "quyền", "lỗi", "Đã", "được", "phải", "Trang"];

    [Fact]
    public async Task Bad_input_never_causes_a_server_error_or_a_half_written_record()
    {
        await factory.PrepareAsync();
        var endpoints = EndpointCatalog.All(factory.Services)
            // Signing out would end the session the rest of the run uses; its form takes no input.
            .Where(e => e.Key != "Account.Logout")
            .ToList();
        var fuzz = new FuzzInputs(Seed);
        var before = await SnapshotAsync();
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var tried = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var endpoint in endpoints)
        {
            var (client, token) = endpoint.Anonymous ? await AnonymousAsync() : await AdminAsync();
            var realValues = await RealRouteValuesAsync(endpoint);
            var fields = FuzzInputs.FieldsOf(endpoint.Descriptor);
            for (var i = 0; i < InputsPerEndpoint; i++)
            {
                var values = fields.Select(f => (Field: f, Value: f.IsFile ? null : fuzz.Value(f.Type))).ToList();
                var route = realValues.ToDictionary(v => v.Key, v => fuzz.RouteValue(v.Value));
                var url = endpoint.Url(route.GetValueOrDefault("id"), route);
                var countsBefore = endpoint.Method == "POST" ? await CountsAsync() : null;
                tried++;
                HttpResponseMessage answer;
                try
                {
                    answer = await SendAsync(client, token, endpoint, url, values, fuzz);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The test server hands on what escaped the pipeline; a real server would answer 500.
                    problems.Add($"{endpoint} input #{i} ({url.Split('?')[0]}): {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                    continue;
                }
                using var response = answer;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var label = $"{endpoint} input #{i} ({url.Split('?')[0]})";
                if (status >= 500)
                {
                    problems.Add($"{label}: {status}{LastLoggedException()}");
                    continue;
                }
                if (status is >= 400 and < 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    var media = response.Content.Headers.ContentType?.MediaType ?? "";
                    if (body.Length > 0 && media is "text/html" or "text/plain" && !VietnameseWords.Any(body.Contains))
                        problems.Add($"{label}: {status} without a Vietnamese message: {body[..Math.Min(200, body.Length)]}");
                    if (countsBefore is not null && await CountsAsync() is var countsAfter && countsAfter != countsBefore)
                        problems.Add($"{label}: refused with {status} but the database changed ({countsBefore} -> {countsAfter})");
                }
            }
        }

        problems.AddRange(await HalfWrittenAsync(before));
        Assert.Equal(endpoints.Count * InputsPerEndpoint, tried);
        Assert.True(tried >= AtLeast, $"only {tried} inputs: raise {nameof(InputsPerEndpoint)}");
        output.WriteLine($"Fuzz run (seed {Seed}): {tried} inputs tried on {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:F0} s"
            + ".");
        output.WriteLine("Answers by status: " + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(problems.Count == 0, $"{problems.Count} bad answers:\n" + string.Join("\n", problems.Take(200)));
    }

    /// <summary>The exception the portal logged last (its log is JSON, one event a line), so the report says why.</summary>
    private string LastLoggedException()
    {
        if (!Directory.Exists(factory.LogFolder)) return "";
        foreach (var file in Directory.GetFiles(factory.LogFolder, "*.json"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var line = new StreamReader(stream).ReadToEnd().Split('\n').LastOrDefault(l => l.Contains("\"@x\""));
            if (line is null) continue;
            var x = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("@x").GetString() ?? "";
            return " — " + string.Join(" | ", x.Split('\n').Take(3).Select(l => l.Trim()));
        }
        return "";
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, PortalEndpoint endpoint, string url,
        IReadOnlyList<(FuzzField Field, byte[]? Value)> values, FuzzInputs fuzz)
    {
        var present = values.Where(v => v.Value is not null).Select(v => (v.Field.Name, v.Value!)).ToList();
        if (endpoint.Method is "GET" or "HEAD")
            return await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), present.Count == 0 ? url : $"{url}?{RawForm.Query(present)}"));

        var files = values.Where(v => v.Field.IsFile).ToList();
        if (files.Count > 0 && fuzz.Next(3) > 0)
        {
            // Multipart, as the upload forms send it; text parts as raw bytes.
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in present) multipart.Add(new ByteArrayContent(value), name);
            foreach (var (field, _) in files)
            {
                var (content, name, type) = fuzz.File();
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue(type);
                multipart.Add(file, field.Name.Replace("[0]", ""), name);
            }
            multipart.Add(new StringContent(token), "__RequestVerificationToken");
            return await client.PostAsync(url, multipart);
        }
        present.Add(("__RequestVerificationToken", Encoding.ASCII.GetBytes(token)));
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes(RawForm.Query(present)));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await client.PostAsync(url, body);
    }

    /// <summary>A fresh administrator session per endpoint: a record keeper whom no role check stops, so input reaches validation.</summary>
    private async Task<(HttpClient, string)> AdminAsync()
    {
        var client = await factory.SignedInClientAsync(Demo.Admin);
        return (client, await client.GetAntiforgeryTokenAsync("/Account/TwoFactor"));
    }

    private async Task<(HttpClient, string)> AnonymousAsync()
    {
        var client = factory.CreateBareClient();
        return (client, await client.GetAntiforgeryTokenAsync("/Account/Login"));
    }

    /// <summary>The path values that reach the page: a real id, a published post's slug, a stored photo's name; "1" for the rest.</summary>
    private async Task<Dictionary<string, string>> RealRouteValuesAsync(PortalEndpoint endpoint)
    {
        var values = new Dictionary<string, string>();
        foreach (var name in endpoint.RouteParameters)
            values[name] = name switch
            {
                "id" => (await RealIdAsync(endpoint)).ToString(),
                "slug" => await factory.WithDbAsync((AppDbContext db) => db.NewsPosts.Where(p => p.State == NewsPostState.Published).Select(p => p.Slug).FirstOrDefaultAsync()) ?? "1",
                "name" => await factory.WithDbAsync((AppDbContext db) => db.NewsPhotos.Select(p => p.StoredName).FirstOrDefaultAsync()) ?? "1",
                _ => "1",
            };
        return values;
    }

    /// <summary>A record of the kind the route's id names, in Kỳ Phương; an account that is not the administrator's own.</summary>
    private async Task<long> RealIdAsync(PortalEndpoint endpoint)
    {
        if (EndpointRules.All.GetValueOrDefault(endpoint.Key)?.Ids.GetValueOrDefault("id") is { Kind: { } kind })
            return await factory.IdWithinAsync(kind, "HT-KA-KPH") ?? await factory.IdWithinAsync(kind, "HT-KA") ?? 1;
        return endpoint.Key.StartsWith("Users.", StringComparison.Ordinal) ? await factory.UserIdAsync(Demo.Leader) : 1;
    }

    private Task<string> CountsAsync() => factory.WithDbAsync(async (AppDbContext db) => string.Join(",",
        await db.Conferences.IgnoreQueryFilters().CountAsync(), await db.Petitions.IgnoreQueryFilters().CountAsync(),
        await db.FollowUps.IgnoreQueryFilters().CountAsync(), await db.FollowUpEvents.CountAsync(),
        await db.Organizations.IgnoreQueryFilters().CountAsync(), await db.NewsComments.IgnoreQueryFilters().CountAsync(),
        await db.AuditEntries.CountAsync()));

    private sealed record Snapshot(int MaxConference, int MaxPetition, int MaxFollowUp, int MaxOrganization, int MaxPerson, int MaxPlan, int MaxNewsPost);

    private Task<Snapshot> SnapshotAsync() => factory.WithDbAsync(async (AppDbContext db) => new Snapshot(
        await db.Conferences.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.Petitions.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.FollowUps.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.Organizations.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.People.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.DialoguePlans.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0,
        await db.NewsPosts.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id) ?? 0));

    /// <summary>No part without its whole, and no record written during the run without its audit entry.</summary>
    private Task<List<string>> HalfWrittenAsync(Snapshot before) => factory.WithDbAsync(async (AppDbContext db) =>
    {
        var problems = new List<string>();
        var conferences = db.Conferences.IgnoreQueryFilters().Select(c => c.Id);
        void Orphans(string what, int count) { if (count > 0) problems.Add($"{count} {what}"); }
        Orphans("petitions without their conference", await db.Petitions.IgnoreQueryFilters().CountAsync(p => !conferences.Contains(p.ConferenceId)));
        Orphans("speeches without their conference", await db.Speeches.IgnoreQueryFilters().CountAsync(p => !conferences.Contains(p.ConferenceId)));
        Orphans("conclusion items without their conference", await db.ConclusionItems.IgnoreQueryFilters().CountAsync(p => !conferences.Contains(p.ConferenceId)));
        Orphans("participants without their conference", await db.ConferenceParticipants.IgnoreQueryFilters().CountAsync(p => !conferences.Contains(p.ConferenceId)));
        Orphans("conference organizations without their conference", await db.ConferenceOrganizations.IgnoreQueryFilters().CountAsync(p => !conferences.Contains(p.ConferenceId)));
        Orphans("follow-up items without their conference", await db.FollowUps.IgnoreQueryFilters().CountAsync(f => !conferences.Contains(f.ConferenceId)));
        Orphans("follow-up events without their item", await db.FollowUpEvents.CountAsync(e => !db.FollowUps.IgnoreQueryFilters().Any(f => f.Id == e.FollowUpItemId)));
        Orphans("attachments without their event", await db.FollowUpAttachments.CountAsync(a => !db.FollowUpEvents.Any(e => e.Id == a.FollowUpEventId)));
        Orphans("plan entries without their plan", await db.PlanEntries.IgnoreQueryFilters().CountAsync(e => !db.DialoguePlans.IgnoreQueryFilters().Any(p => p.Id == e.PlanId)));
        Orphans("news comments without their post", await db.NewsComments.IgnoreQueryFilters().CountAsync(c => !db.NewsPosts.IgnoreQueryFilters().Any(p => p.Id == c.NewsPostId)));

        async Task Audited(string type, IQueryable<int> newIds)
        {
            var ids = await newIds.ToListAsync();
            var keys = ids.Select(i => i.ToString()).ToList();
            var audited = await db.AuditEntries.Where(a => a.EntityType == type && a.Action == AuditAction.Created && keys.Contains(a.EntityId))
                .Select(a => a.EntityId).Distinct().CountAsync();
            if (audited != ids.Count) problems.Add($"{ids.Count - audited} of {ids.Count} new {type} records without their audit entry");
        }
        await Audited(nameof(Web.Domain.Conferences.Conference), db.Conferences.IgnoreQueryFilters().Where(c => c.Id > before.MaxConference).Select(c => c.Id));
        await Audited(nameof(Web.Domain.Conferences.Petition), db.Petitions.IgnoreQueryFilters().Where(c => c.Id > before.MaxPetition).Select(c => c.Id));
        await Audited(nameof(Web.Domain.FollowUp.FollowUpItem), db.FollowUps.IgnoreQueryFilters().Where(c => c.Id > before.MaxFollowUp).Select(c => c.Id));
        await Audited(nameof(Organization), db.Organizations.IgnoreQueryFilters().Where(c => c.Id > before.MaxOrganization).Select(c => c.Id));
        await Audited(nameof(Web.Domain.Conferences.Person), db.People.IgnoreQueryFilters().Where(c => c.Id > before.MaxPerson).Select(c => c.Id));
        await Audited(nameof(Web.Domain.Plans.DialoguePlan), db.DialoguePlans.IgnoreQueryFilters().Where(c => c.Id > before.MaxPlan).Select(c => c.Id));
        await Audited(nameof(Web.Domain.News.NewsPost), db.NewsPosts.IgnoreQueryFilters().Where(c => c.Id > before.MaxNewsPost).Select(c => c.Id));
        return problems;
    });
}
