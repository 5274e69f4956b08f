using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Features.News;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Lookup;

/// <summary>
/// The portal for the people's side: the news factory's chosen captcha codes and client addresses, a lookup limit
/// a test class may lower, and the steps that bring a demo item to an answer.
/// </summary>
public class PeopleFactory : NewsFactory
{
    protected virtual int LookupsPerWindow => 1000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Lookup:PerAddressPer10Minutes"] = LookupsPerWindow.ToString(),
    };

    /// <summary>A demo item of Kỳ Phương ward, by the start of its petition.</summary>
    public Task<FollowUpItem> ItemAsync(string start) => WithDbAsync(db => db.FollowUps.AsNoTracking().Include(f => f.Petition)
        .SingleAsync(f => f.Petition != null && f.Petition.Content.StartsWith(start)));

    /// <summary>Gives the item to a Kỳ Phương body and answers it, with the internal notes a lookup must never show.</summary>
    public Task<int> AnswerAsync(int itemId, string result, string internalNote) => WithDbAsync(async db =>
    {
        var item = await db.FollowUps.Include(f => f.Events).SingleAsync(f => f.Id == itemId);
        var body = await db.Organizations.SingleAsync(o => o.Name == "Hội Nông dân phường Kỳ Phương");
        var stamp = new Stamp(DateTime.UtcNow, null, "Cán bộ phường");
        if (FollowUpStateMachine.AcceptsAssignment(item.State))
            Assert.Null(item.Assign(new ResponsibleBody(body.Id, body.UnitId, body.Name), new DateOnly(2099, 12, 31), FollowUpPriority.Normal, new DateOnly(2026, 1, 1), stamp));
        Assert.Null(item.ReportProgress(internalNote, 50, stamp).Refusal);
        item.Monitor(internalNote + " (giám sát)", null, stamp);
        Assert.Null(item.Take(FollowUpAction.Resolve, result, stamp));
        return await db.SaveChangesAsync();
    });

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the verdict form of a lookup page the way a person does: token and captcha from the page.</summary>
    public async Task<HttpResponseMessage> PostVerdictAsync(HttpClient reader, string code, string itemCode, string verdict, string? comment)
    {
        var page = await reader.GetStringAsync($"/tra-cuu?ma={code}");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"CaptchaToken\" value=\"([^\"]+)\"").Groups[1].Value);
        // A page that offers no verdict form any more: a fresh code, as a script posting anyway would get.
        if (string.IsNullOrEmpty(token))
            token = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/tin-tuc/ma-kiem-tra/moi")).RootElement.GetProperty("token").GetString()!;
        // The antiforgery token of the reader's cookie, from a page that always carries one.
        return await reader.PostFormAsync("/Account/Login", "/tra-cuu/y-kien",
        [
            new("Code", code), new("ItemCode", itemCode), new("Verdict", verdict), new("Comment", comment ?? ""),
            new("CaptchaToken", token), new("CaptchaAnswer", CaptchaAnswer(token)),
        ]);
    }
}
