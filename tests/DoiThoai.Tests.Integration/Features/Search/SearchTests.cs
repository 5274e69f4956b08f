using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Search;

/// <summary>
/// Search by words (ADR 0019): the index follows every save at once, never shows a record outside the user's scope
/// whatever is typed, ranks and highlights safely, and a rebuild makes the same entries the saves kept.
/// </summary>
public class SearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string KyPhuong = "HT-KA-KPH";
    private const string ThanhBinh = "NB-NB-TB";

    private static string Url(string words) => $"/Search?Q={Uri.EscapeDataString(words)}";

    private Task<int> NewConferenceAsync(string unitCode, params string[] petitions) => factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var conference = new Conference
        {
            Title = "Hội nghị kiểm tra tìm kiếm", UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held,
            HeldOn = new DateOnly(2025, 4, 10),
        };
        conference.Petitions.AddRange(petitions.Select((content, i) => new Petition { UnitId = unit.Id, Order = i + 1, Kind = PetitionKind.Petition, Content = content }));
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    });

    [Fact]
    public async Task A_saved_petition_is_found_at_once_and_an_edit_or_a_delete_follows_at_once()
    {
        var id = await NewConferenceAsync(KyPhuong, "Đề nghị nạo vét kênh Quyếtthắng trước mùa mưa");
        using var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("<mark>Quyếtthắng</mark>", await client.GetStringAsync(Url("quyetthang")));

        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.SingleAsync(p => p.ConferenceId == id);
            petition.Content = "Đề nghị nạo vét kênh Đồngtiến trước mùa mưa";
            return await db.SaveChangesAsync();
        });
        Assert.Contains("data-testid=\"no-result\"", await client.GetStringAsync(Url("quyetthang")));
        Assert.Contains("<mark>Đồngtiến</mark>", await client.GetStringAsync(Url("dongtien")));

        await factory.WithDbAsync(async db =>
        {
            db.Petitions.Remove(await db.Petitions.SingleAsync(p => p.ConferenceId == id));
            return await db.SaveChangesAsync();
        });
        Assert.Contains("data-testid=\"no-result\"", await client.GetStringAsync(Url("dongtien")));
    }

    [Fact]
    public async Task An_answer_given_to_a_follow_up_item_is_found_and_links_to_the_item()
    {
        var id = await NewConferenceAsync(KyPhuong, "Đề nghị lắp đèn chiếu sáng ngõ 5");
        var itemId = await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.SingleAsync(p => p.ConferenceId == id);
            var item = new FollowUpItem { UnitId = petition.UnitId, ConferenceId = id, PetitionId = petition.Id, Kind = FollowUpKind.Petition, Result = "Đã lắp đèn Sángtrưng cho ngõ 5" };
            db.FollowUps.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        using var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync(Url("sangtrung"));
        Assert.Contains($"href=\"/FollowUps/Details/{itemId}\"", html);
        Assert.Contains("<mark>Sángtrưng</mark>", html);
    }

    [Theory]
    [InlineData("vuonbuoi")]
    [InlineData("vuonbu")]
    [InlineData("\"vuonbuoi\"")]
    [InlineData("vuonbuoi OR u1")]
    [InlineData("u1 OR vuonbuoi")]
    [InlineData("NEAR(vuonbuoi u1)")]
    [InlineData("Tags:u1 Text:vuonbuoi")]
    public async Task Ward_staff_never_see_another_wards_petition_whatever_they_type(string typed)
    {
        await NewConferenceAsync(ThanhBinh, "Xin hỗ trợ cải tạo Vườnbưởi của hợp tác xã");
        using var kyPhuong = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await kyPhuong.GetStringAsync(Url(typed));
        Assert.DoesNotContain("Vườnbưởi", html);
        using var thanhBinh = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Contains("<mark>Vườnbưởi</mark>", await thanhBinh.GetStringAsync(Url("vuonbuoi")));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-dat")]
    [InlineData("dat AND")]
    [InlineData("NEAR(")]
    [InlineData("(dat")]
    [InlineData("dat\" OR \"")]
    [InlineData("^dat")]
    public async Task Query_syntax_typed_never_causes_an_error(string typed)
    {
        using var client = await factory.SignedInClientAsync(Demo.Admin);
        var response = await client.GetAsync(Url(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Texts_holding_the_words_more_often_come_first()
    {
        await NewConferenceAsync(KyPhuong,
            "Kiến nghị về Cầutre ở xóm trên, đoạn qua nhà văn hóa, nhiều hộ dân đi lại khó khăn vào mùa mưa lũ",
            "Cầutre xuống cấp, đề nghị sửa Cầutre ngay");
        using var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync(Url("cautre"));
        Assert.True(html.IndexOf("sửa <mark>Cầutre</mark>", StringComparison.Ordinal) < html.IndexOf("Kiến nghị về <mark>Cầutre</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_text_is_shown_encoded_with_only_the_marks_as_markup()
    {
        await NewConferenceAsync(KyPhuong, "<script>alert('x')</script><b>Cốngxóm</b> bị tắc");
        using var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = await client.GetStringAsync(Url("congxom"));
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;b&gt;<mark>Cốngxóm</mark>&lt;/b&gt;", html);
    }

    [Fact]
    public async Task The_rebuild_makes_the_same_entries_the_saves_kept()
    {
        await NewConferenceAsync(KyPhuong, "Kiến nghị về xây dựng lại Nhàvănhóa");
        async Task<List<string>> Entries() => await factory.WithDbAsync(async db =>
            (await db.SearchEntries.AsNoTracking().ToListAsync())
            .Select(e => $"{e.Kind} {e.RecordId} {e.ConferenceId} {e.UnitId} {e.HeldOn} {e.Tags} | {e.Text}").Order().ToList());
        var kept = await Entries();

        await factory.WithDbAsync(db => SearchEntriesBuilder.RebuildAllAsync(db));
        Assert.Equal(kept, await Entries());
        await factory.WithDbAsync(db => db.SearchEntries.ExecuteDeleteAsync());
        await factory.WithDbAsync(db => SearchEntriesBuilder.BuildMissingAsync(db));
        Assert.Equal(kept, await Entries());

        using var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("<mark>Nhàvănhóa</mark>", await client.GetStringAsync(Url("nhavanhoa")));
    }

    [Theory]
    [InlineData("ky phuong")]
    [InlineData("nhan dan")]
    [InlineData("moi tru")]
    [InlineData("nghi quyet 09")]
    public async Task Reading_without_a_full_text_index_finds_what_the_index_finds(string typed)
    {
        var (fullText, like) = await factory.WithDbAsync(async db =>
        {
            var district = await db.Units.Where(u => u.Code == "HT").Select(u => u.Id).SingleAsync();
            var filter = new SearchFilter(SearchWords.Parse(typed), district, null, null, null);
            var found = SearchRanking.Rank(await SearchCandidates.FindAsync(db, filter, true, CancellationToken.None), filter.Words);
            var read = await SearchCandidates.Like(db.SearchEntries.AsNoTracking(), filter).OrderByDescending(e => e.Id).ToListAsync();
            return (found.Select(e => e.Id).Order().ToList(), SearchRanking.Rank(read, filter.Words).Select(e => e.Id).Order().ToList());
        });
        Assert.NotEmpty(fullText);
        Assert.Equal(fullText, like);
    }
}
