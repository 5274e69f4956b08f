using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>Splitting a petition into content items and merging two that say the same thing.</summary>
public class ContentItemsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<FollowUpItem> ItemAsync(string petitionStart) => factory.WithDbAsync(db => db.FollowUps.AsNoTracking()
        .SingleAsync(f => f.ContentText == null && f.Petition != null && f.Petition.Content.StartsWith(petitionStart)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string action, params (string, string)[] fields) =>
        await client.PostFormAsync("/FollowUps", $"/FollowUps/{action}/{id}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }

    [Fact]
    public async Task A_petition_split_into_content_items_is_followed_and_counted_item_by_item()
    {
        var item = await ItemAsync("Phụ cấp theo Nghị định 34");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var countBefore = await factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.PetitionId == item.PetitionId));

        var html = await FollowAsync(ward, await PostAsync(ward, item.Id, "Split", ("Split.Version", item.Version.ToString()),
            ("Split.Lines", "Nâng phụ cấp cán bộ tổ dân phố\n\nVận động nguồn xã hội hóa hỗ trợ\nHỗ trợ kinh phí sinh hoạt chi hội")));
        Assert.Contains("Đã tách thành các nội dung riêng.", html);
        Assert.Contains("Thuộc kiến nghị: Phụ cấp theo Nghị định 34", html);

        var items = await factory.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => f.PetitionId == item.PetitionId).OrderBy(f => f.Id).ToListAsync());
        Assert.Equal(1, countBefore);
        Assert.Equal(["Nâng phụ cấp cán bộ tổ dân phố", "Vận động nguồn xã hội hóa hỗ trợ", "Hỗ trợ kinh phí sinh hoạt chi hội"], items.Select(i => i.ContentText));
        Assert.All(items, i => Assert.Equal(FollowUpState.New, i.State));

        var list = WebUtility.HtmlDecode(await ward.GetStringAsync("/FollowUps?Mine=false&Q=phu%20cap%20theo%20nghi%20dinh"));
        Assert.Contains("3 việc", list);

        // The conference counts by content item: one petition became three (merged items, if any, count once).
        var petitions = await factory.WithDbAsync(db => db.Petitions.CountAsync(p => p.ConferenceId == item.ConferenceId && p.Kind != DoiThoai.Web.Domain.Conferences.PetitionKind.Opinion));
        var merged = await factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.ConferenceId == item.ConferenceId && f.MergedIntoId != null));
        var minutes = WebUtility.HtmlDecode(await ward.GetStringAsync($"/Conferences/Details/{item.ConferenceId}"));
        Assert.Contains($"<strong data-count=\"content-items\">0/{petitions + 2 - merged}</strong>", minutes);
        foreach (var split in items) Assert.Contains($"/FollowUps/Details/{split.Id}\"", list);
    }

    [Fact]
    public async Task Splitting_needs_two_lines_and_is_refused_to_another_ward()
    {
        var item = await ItemAsync("Khó khăn về nhân sự ban chấp hành");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await FollowAsync(ward, await PostAsync(ward, item.Id, "Split", ("Split.Version", item.Version.ToString()), ("Split.Lines", "Chỉ một dòng")));
        Assert.Contains("Hãy nhập ít nhất hai nội dung", html);

        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var response = await PostAsync(otherWard, item.Id, "Split", ("Split.Version", item.Version.ToString()), ("Split.Lines", "a\nb"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(item.Version, (await ItemAsync("Khó khăn về nhân sự ban chấp hành")).Version);
    }

    [Fact]
    public async Task Merged_items_keep_both_raisers_and_leave_the_lists()
    {
        var kept = await ItemAsync("Việc tập hợp, thu hút hội viên");
        var merged = await ItemAsync("Khó khăn trong tổ chức phong trào thi đua");
        // Raised by another body, so the merged item brings a second raiser.
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.SingleAsync(p => p.Id == merged.PetitionId);
            petition.RaisedByOrganizationId = await db.Organizations.Where(o => o.Name == "Hội Nông dân phường Kỳ Phương").Select(o => o.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = await FollowAsync(ward, await PostAsync(ward, merged.Id, "Merge", ("Merge.Version", merged.Version.ToString()), ("Merge.TargetId", kept.Id.ToString())));
        Assert.Contains($"Đã gộp nội dung số {merged.Id} vào nội dung này.", html);
        Assert.Contains("Người, tổ chức nêu: Ủy ban Mặt trận Tổ quốc phường Kỳ Phương; Hội Nông dân phường Kỳ Phương", html);
        Assert.Contains("Khó khăn trong tổ chức phong trào thi đua", html);

        var list = WebUtility.HtmlDecode(await ward.GetStringAsync("/FollowUps?Mine=false&OpenOnly=false"));
        Assert.DoesNotContain($"/FollowUps/Details/{merged.Id}\"", list);
        Assert.Contains($"/FollowUps/Details/{kept.Id}\"", list);

        // The merged item says where it went and can no longer be answered on its own.
        var page = WebUtility.HtmlDecode(await ward.GetStringAsync($"/FollowUps/Details/{merged.Id}"));
        Assert.Contains($"nội dung số {kept.Id}", page);
    }

    [Fact]
    public async Task Merging_into_an_item_outside_the_scope_is_refused_without_telling_what_it_is()
    {
        var own = await ItemAsync("Nguồn kinh phí hoạt động");
        var foreign = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.Petition!.Content.StartsWith("Kiến nghị của Hội Cựu chiến binh")).Select(f => f.Id).SingleAsync());
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await FollowAsync(ward, await PostAsync(ward, own.Id, "Merge", ("Merge.Version", own.Version.ToString()), ("Merge.TargetId", foreign.ToString())));
        Assert.Contains($"Không có nội dung số {foreign} trong phạm vi của bạn.", html);
        Assert.Null((await ItemAsync("Nguồn kinh phí hoạt động")).MergedIntoId);
    }
}
