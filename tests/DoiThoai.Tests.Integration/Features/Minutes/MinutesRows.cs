using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Minutes;

/// <summary>A conference of Kỳ Phương with rows of its own for the row tests, and posts made as the entry page's script makes them.</summary>
public static class MinutesRows
{
    public const string Reason = "AmendmentReason";

    /// <summary>A conference with three speeches and three petitions, numbered with gaps as rows removed before ADR 0015 left them.</summary>
    public static Task<int> ConferenceAsync(PortalFactory factory, string title, MinutesState state = MinutesState.Draft) =>
        factory.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            var conference = new Conference
            {
                UnitId = unitId, Title = title, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held,
                HeldOn = new DateOnly(2026, 3, 15), MinutesState = MinutesState.Draft,
            };
            db.Conferences.Add(conference);
            await db.SaveChangesAsync();
            string[] speeches = ["Báo cáo tình hình", "Ý kiến của hội viên", "Kết luận của chủ trì"];
            for (var i = 0; i < 3; i++)
            {
                db.Speeches.Add(new Speech { ConferenceId = conference.Id, UnitId = unitId, Order = 1 + 4 * i, Kind = SpeechKind.Opinion, Summary = speeches[i], PositionHeld = "Hội viên" });
                db.Petitions.Add(new Petition { ConferenceId = conference.Id, UnitId = unitId, Order = 1 + 4 * i, Kind = PetitionKind.Opinion, Content = $"Ý kiến số {i + 1}" });
            }
            await db.SaveChangesAsync();
            if (state == MinutesState.Final)
            {
                conference.MinutesState = MinutesState.Final;
                conference.Status = ConferenceStatus.MinutesComplete;
                await db.SaveChangesAsync();
            }
            return conference.Id;
        });

    public static Task<List<(int Id, int Order, string Summary, Guid Version)>> SpeechesAsync(PortalFactory factory, int conferenceId) =>
        factory.WithDbAsync(async db => (await db.Speeches.AsNoTracking().Where(s => s.ConferenceId == conferenceId).OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Order, s.Summary, s.Version }).ToListAsync()).Select(s => (s.Id, s.Order, s.Summary, s.Version)).ToList());

    public static Task<List<Amendment>> AmendmentsAsync(PortalFactory factory, int conferenceId) =>
        factory.WithDbAsync(db => db.Amendments.Where(a => a.ConferenceId == conferenceId).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Posts as the minutes page's script does (X-Requested-With: fetch).</summary>
    public static async Task<HttpResponseMessage> FetchAsync(HttpClient client, int id, string action, params (string Key, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Conferences");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/Minutes/{action}/{id}")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
                .Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, int partId, Guid version, string direction, string? reason = null, string section = "speeches") =>
        FetchAsync(client, id, "Move", [("section", section), ("partId", partId.ToString()), ("version", version.ToString()), ("direction", direction),
            .. reason is null ? Array.Empty<(string, string)>() : [(Reason, reason)]]);
}
