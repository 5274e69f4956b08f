using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.PublicPetitions;

/// <summary>
/// The public page of answers searches words through the staff search's index, yet finds only published answers,
/// by what the page shows of them: never an unpublished answer, an on-the-spot answer, an internal note or a name.
/// </summary>
public partial class PublicAnswersSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [GeneratedRegex("""data-testid="public-petition">""")]
    private static partial Regex Card();

    [GeneratedRegex(@"(?<count>[\d.]+) kiến nghị</p>")]
    private static partial Regex CountText();

    /// <summary>
    /// Answers an item of a petition that has no answer yet (the <paramref name="nth"/> one, so that tests do not share
    /// items; minutes not final, so that its petition may change) through the save path, which keeps the words index,
    /// and publishes it unless told not to.
    /// </summary>
    private Task<(int Id, int UnitId, string Content)> AnswerAsync(int nth, string answer, bool publish = true, Action<FollowUpItem>? also = null) =>
        factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.Include(f => f.Petition).Where(f => f.Petition != null && f.ContentText == null && f.Result == null && !f.IsPublic && f.MergedIntoId == null
                    && f.Conference!.MinutesState != MinutesState.Final)
                .OrderBy(f => f.Id).Skip(nth).FirstAsync();
            (item.State, item.Result, item.IsPublic, item.PublishedAtUtc) = (FollowUpState.Resolved, answer, publish, publish ? DateTime.UtcNow : null);
            also?.Invoke(item);
            await db.SaveChangesAsync();
            return (item.Id, item.UnitId, item.Petition!.Content);
        });

    private async Task<string> PageAsync(string query) =>
        WebUtility.HtmlDecode(await factory.CreateBareClient().GetStringAsync($"/kien-nghi?{query}"));

    private static int Count(string page) => int.Parse(CountText().Match(page).Groups["count"].Value.Replace(".", ""));

    [Fact]
    public async Task Words_typed_without_diacritics_or_cut_short_find_a_published_answer()
    {
        const string answer = "Đã lắp đặt đèn chiếu sáng tại ngõ Hòa Bình Thượng.";
        var (_, _, content) = await AnswerAsync(0, answer);

        foreach (var words in new[] { "den chieu sang hoa binh thuong", "Hòa Bình Thượ", "NGO HOA BINH" })
        {
            var page = await PageAsync($"Q={Uri.EscapeDataString(words)}");
            Assert.Contains(answer, page);
            Assert.Contains(content, page);
            Assert.Equal(1, Count(page));
        }
    }

    [Fact]
    public async Task An_unpublished_answers_words_find_nothing_until_it_is_published()
    {
        const string answer = "Đã nạo vét kênh mương xứ Đồng Sau Trạm.";
        var (id, _, content) = await AnswerAsync(1, answer, publish: false);

        var page = await PageAsync("Q=nao+vet+kenh+muong+dong+sau+tram");
        Assert.Equal(0, Count(page));
        Assert.DoesNotContain(answer, page);
        Assert.Contains("Chưa có kiến nghị nào được công khai khớp điều kiện tìm.", page);

        await factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == id);
            (item.IsPublic, item.PublishedAtUtc) = (true, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        page = await PageAsync("Q=nao+vet+kenh+muong+dong+sau+tram");
        Assert.Equal(1, Count(page));
        Assert.Contains(content, page);
    }

    [Fact]
    public async Task Words_said_on_the_spot_noted_inside_or_naming_the_raiser_find_nothing()
    {
        const string answer = "Đã trả lời bằng văn bản số 77/UBND-KVX.";
        var raiser = new Person { FullName = "Phan Thị Khuê Lạc", Position = "Công dân" };
        await AnswerAsync(2, answer, also: item =>
        {
            item.Petition!.OnTheSpotAnswer = "Hứa xem xét khu tái định cư Bãi Chèo Vạn.";
            raiser.UnitId = item.UnitId;
            item.Petition.RaisedByPerson = raiser;
            item.Events.Add(new FollowUpEvent
            {
                Kind = FollowUpEventKind.Monitoring, StateAfter = FollowUpState.Resolved, Text = "Ghi chú nội bộ về khe Lau Sậy.",
                AtUtc = DateTime.UtcNow, UserName = "Kiểm thử",
            });
        });

        Assert.Equal(1, Count(await PageAsync("Q=77+ubnd+kvx")));
        foreach (var words in new[] { "bai cheo van", "tai dinh cu bai cheo", "khe lau say", "phan thi khue lac", "Khuê Lạc" })
        {
            var page = await PageAsync($"Q={Uri.EscapeDataString(words)}");
            Assert.Equal(0, Count(page));
            Assert.DoesNotContain(answer, page);
        }
        Assert.DoesNotContain("Khuê Lạc", await PageAsync("Q=77+ubnd+kvx"));
    }

    [Fact]
    public async Task A_unit_narrows_the_search_to_its_answers()
    {
        const string answer = "Đã sửa cầu treo Phú Mỹ Xuân.";
        var (_, unitId, _) = await AnswerAsync(3, answer);
        var other = await factory.WithDbAsync(db => db.Units.Where(u => u.Id != unitId && u.Code.StartsWith("HT-KA-")).Select(u => u.Id).FirstAsync());

        Assert.Equal(1, Count(await PageAsync($"Q=cau+treo+phu+my+xuan&UnitId={unitId}")));
        var elsewhere = await PageAsync($"Q=cau+treo+phu+my+xuan&UnitId={other}");
        Assert.Equal(0, Count(elsewhere));
        Assert.DoesNotContain(answer, elsewhere);
    }

    [Fact]
    public async Task Matches_are_paged_twenty_at_a_time_with_an_exact_count_and_a_page_past_the_end_shows_the_last()
    {
        // More answers than the demo holds: content items of one conference, each answered and published.
        await factory.WithDbAsync(async db =>
        {
            var conference = await db.Conferences.OrderBy(c => c.Id).FirstAsync();
            db.FollowUps.AddRange(Enumerable.Range(1, 23).Select(i => new FollowUpItem
            {
                UnitId = conference.UnitId, ConferenceId = conference.Id, Kind = FollowUpKind.Petition, ContentText = $"Nội dung thử số {i}",
                State = FollowUpState.Resolved, Result = $"Đã hoàn thành hạng mục loạt Tân Hợp Lâm số {i}.", IsPublic = true, PublishedAtUtc = DateTime.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });

        var first = await PageAsync("Q=loat+tan+hop+lam");
        Assert.Equal(23, Count(first));
        Assert.Equal(20, Card().Matches(first).Count);
        Assert.Contains("href=\"/kien-nghi?Q=loat%20tan%20hop%20lam&Page=2\"", first);
        var second = await PageAsync("Q=loat+tan+hop+lam&Page=2");
        Assert.Equal(3, Card().Matches(second).Count);
        var past = await PageAsync("Q=loat+tan+hop+lam&Page=40");
        Assert.Equal(3, Card().Matches(past).Count);

        var shown = Enumerable.Range(1, 23).Count(i => (first + second).Contains($"loạt Tân Hợp Lâm số {i}."));
        Assert.Equal(23, shown);
    }

    [Fact]
    public async Task The_forms_choices_are_the_units_and_topics_with_a_published_answer_and_follow_a_publication_at_once()
    {
        var before = await PageAsync("");
        var (unit, topic) = await factory.WithDbAsync(async db =>
        {
            var published = db.FollowUps.Where(f => f.IsPublic && f.MergedIntoId == null && FollowUpStateMachine.AnsweredStates.Contains(f.State));
            var topicName = await db.FollowUps.Where(f => f.Petition!.TopicId != null && !f.IsPublic && f.MergedIntoId == null
                    && !published.Any(p => p.Petition!.Topic!.Name == f.Petition!.Topic!.Name))
                .OrderBy(f => f.Id).Select(f => f.Petition!.Topic!.Name).FirstAsync();
            var units = await db.Units.Where(u => published.Any(f => f.UnitId == u.Id)).Select(u => u.Name).ToListAsync();
            return (units, topicName);
        });
        Assert.All(unit, name => Assert.Contains($">{name}</option>", before));
        Assert.DoesNotContain($">{topic}</option>", before);

        await factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.Where(f => f.Petition!.Topic!.Name == topic && !f.IsPublic && f.MergedIntoId == null).OrderBy(f => f.Id).FirstAsync();
            (item.State, item.Result, item.IsPublic, item.PublishedAtUtc) = (FollowUpState.Resolved, "Đã giải quyết xong.", true, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Contains($">{topic}</option>", await PageAsync(""));
    }

    [Fact]
    public async Task Only_the_records_of_a_published_answer_carry_the_public_token_and_lose_it_when_it_is_withdrawn()
    {
        const string answer = "Đã khơi thông cống thoát nước xóm Gò Mới Hạ.";
        var (id, _, _) = await AnswerAsync(4, answer);
        Task<List<(SearchKind Kind, bool Public)>> TokensAsync() => factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == id);
            var entries = await db.SearchEntries.Where(e => e.ConferenceId == item.ConferenceId).ToListAsync();
            return entries.Where(e => (e.Kind == SearchKind.FollowUp && e.RecordId == id) || (e.Kind == SearchKind.Petition && e.RecordId == item.PetitionId))
                .OrderBy(e => e.Kind).Select(e => (e.Kind, e.Tags.Split(' ').Contains(SearchTokens.PublicAnswer))).ToList();
        });

        Assert.Equal([(SearchKind.Petition, true), (SearchKind.FollowUp, true)], await TokensAsync());
        Assert.Equal(1, Count(await PageAsync("Q=khoi+thong+cong+go+moi+ha")));

        await factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == id);
            (item.IsPublic, item.PublishedAtUtc) = (false, null);
            return await db.SaveChangesAsync();
        });
        Assert.Equal([(SearchKind.Petition, false), (SearchKind.FollowUp, false)], await TokensAsync());
        Assert.Equal(0, Count(await PageAsync("Q=khoi+thong+cong+go+moi+ha")));
    }
}
