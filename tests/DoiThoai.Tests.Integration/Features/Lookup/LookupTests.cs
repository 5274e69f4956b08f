using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Lookup;

/// <summary>Codes for every petition and content item, /tra-cuu, the raiser's verdict and the Front's decision (ADR 0022).</summary>
public class LookupTests(PeopleFactory factory) : IClassFixture<PeopleFactory>
{
    [Fact]
    public async Task Every_petition_and_item_has_its_own_drawn_code_not_one_that_follows_its_id()
    {
        var (petitions, items) = await factory.WithDbAsync(async db => (
            await db.Petitions.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Code).ToListAsync(),
            await db.FollowUps.IgnoreQueryFilters().OrderBy(f => f.Id).Select(f => f.Code).ToListAsync()));
        var all = petitions.Concat(items).ToList();
        Assert.True(all.Count > 20);
        Assert.All(all, code => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", code));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.NotEqual(petitions.Order(StringComparer.Ordinal), petitions);
    }

    [Fact]
    public async Task A_lookup_shows_state_body_deadline_and_answer_and_never_a_name_contact_or_internal_note()
    {
        var item = await factory.ItemAsync("Nguồn kinh phí hoạt động");
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.SingleAsync(p => p.Id == item.PetitionId);
            var person = new Person { FullName = "Nguyễn Thị Người Nêu", UnitId = petition.UnitId };
            petition.RaisedByPerson = person;
            petition.RaiserEmail = "nguoi.neu@example.vn";
            return await db.SaveChangesAsync();
        });
        await factory.AnswerAsync(item.Id, "Phường đã bố trí kinh phí hỗ trợ các chi hội từ quý III.", "Ghi chú nội bộ của cán bộ");

        var reader = factory.CreateReaderAt("10.1.0.1");
        var response = await reader.GetAsync($"/tra-cuu?ma={item.Petition!.Code!.ToLowerInvariant()}");
        var html = await PeopleFactory.TextAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("Đã giải quyết", html);
        Assert.Contains("Hội Nông dân phường Kỳ Phương", html);
        Assert.Contains("31/12/2099", html);
        Assert.Contains("Phường đã bố trí kinh phí hỗ trợ các chi hội từ quý III.", html);
        Assert.Contains(PublicCode.Display(item.Code), html);
        foreach (var secret in new[] { "Nguyễn Thị Người Nêu", "nguoi.neu@example.vn", "Ghi chú nội bộ", "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", "Cán bộ phường" })
            Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task Unknown_and_malformed_codes_get_the_same_answer()
    {
        var reader = factory.CreateReaderAt("10.1.0.2");
        async Task<(HttpStatusCode, string)> AskAsync(string typed)
        {
            var response = await reader.GetAsync($"/tra-cuu?ma={Uri.EscapeDataString(typed)}");
            var html = await PeopleFactory.TextAsync(response);
            // The main content only: the layout carries a fresh script nonce on every page.
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
            return (response.StatusCode, main.Replace(typed, "…"));
        }
        var unknown = await AskAsync("22222-22222");
        var malformed = await AskAsync("<script>1</script>");
        var tooShort = await AskAsync("9WX3R");
        Assert.Equal(HttpStatusCode.OK, unknown.Item1);
        Assert.Contains("Không tìm thấy kiến nghị với mã này", unknown.Item2);
        Assert.Equal(unknown, malformed);
        Assert.Equal(unknown, tooShort);
    }

    [Fact]
    public async Task The_raiser_judges_an_answer_once_and_the_Front_reopens_it_from_its_list()
    {
        var item = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        await factory.AnswerAsync(item.Id, "Phường tổ chức sinh hoạt chung hằng tháng.", "Nội bộ");
        var reader = factory.CreateReaderAt("10.1.0.3");

        var sent = await factory.PostVerdictAsync(reader, item.Code!, item.Code!, nameof(RaiserVerdict.NotSettled), "Tổ dân phố vẫn chưa có nơi sinh hoạt.");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Ý kiến của bạn về trả lời đã được ghi nhận", await PeopleFactory.TextAsync(await reader.GetAsync(sent.Headers.Location)));
        var again = await factory.PostVerdictAsync(reader, item.Petition!.Code!, item.Code!, nameof(RaiserVerdict.Settled), null);
        // The form is no longer offered once judged: the helper finds no captcha, or the post is refused.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(RaiserVerdict.NotSettled, (await factory.ItemAsync("Việc tập hợp, thu hút hội viên")).Verdict);

        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        Assert.Contains("Tổ dân phố vẫn chưa có nơi sinh hoạt.", WebUtility.HtmlDecode(await front.GetStringAsync("/Verdicts")));
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var page = WebUtility.HtmlDecode(await ward.GetStringAsync($"/FollowUps/Details/{item.Id}"));
        Assert.DoesNotContain("action-ReopenAfterVerdict", page);
        var current = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        var refused = await ward.PostFormAsync($"/FollowUps/Details/{item.Id}", $"/FollowUps/Act/{item.Id}",
            [new("Action", nameof(FollowUpAction.ReopenAfterVerdict)), new("Text", "x"), new("Version", current.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        Assert.Contains("action-ReopenAfterVerdict", await front.GetStringAsync($"/FollowUps/Details/{item.Id}"));
        var reopened = await front.PostFormAsync($"/FollowUps/Details/{item.Id}", $"/FollowUps/Act/{item.Id}",
            [new("Action", nameof(FollowUpAction.ReopenAfterVerdict)), new("Text", "Đề nghị phường bố trí nhà văn hóa."), new("Version", current.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var after = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        Assert.Equal(FollowUpState.InProgress, after.State);
        Assert.Null(after.Verdict);
        Assert.DoesNotContain("Tổ dân phố vẫn chưa có nơi sinh hoạt.", WebUtility.HtmlDecode(await front.GetStringAsync("/Verdicts")));
        Assert.Contains("Đề nghị phường bố trí nhà văn hóa.", WebUtility.HtmlDecode(await front.GetStringAsync($"/FollowUps/Details/{item.Id}")));
    }

    [Fact]
    public async Task A_conference_lists_its_codes_and_receipts_to_its_staff_only()
    {
        var item = await factory.ItemAsync("Khó khăn về nhân sự ban chấp hành");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var sheet = WebUtility.HtmlDecode(await ward.GetStringAsync($"/Conferences/{item.ConferenceId}/ma-tra-cuu"));
        Assert.Contains(PublicCode.Display(item.Petition!.Code), sheet);
        Assert.Contains("Phiếu tiếp nhận kiến nghị", sheet);
        Assert.Contains("/tra-cuu", sheet);
        Assert.DoesNotContain("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", sheet);
        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/Conferences/{item.ConferenceId}/ma-tra-cuu")).StatusCode);
    }
}

/// <summary>The lookup's limit per client address: a few codes a family holds pass, trying codes does not.</summary>
public class LookupLimitFactory : PeopleFactory
{
    protected override int LookupsPerWindow => 5;
}

public class LookupLimitTests(LookupLimitFactory factory) : IClassFixture<LookupLimitFactory>
{
    [Fact]
    public async Task Lookups_beyond_the_limit_from_one_address_are_refused_while_another_address_goes_on()
    {
        var prober = factory.CreateReaderAt("10.2.0.1");
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await prober.GetAsync($"/tra-cuu?ma={PublicCode.New()}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await prober.GetAsync($"/tra-cuu?ma={PublicCode.New()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateReaderAt("10.2.0.2").GetAsync("/tra-cuu?ma=22222-22222")).StatusCode);
    }
}
