using System.Net;
using DoiThoai.Tests.Integration.Features.Conferences;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DoiThoai.Tests.Integration.Features.Minutes.MinutesRows;

namespace DoiThoai.Tests.Integration.Features.Minutes;

/// <summary>
/// Rows moved up and down keep their order in the record, numbered 1, 2, 3… in one save, and read the same on the
/// conference page, the print page and the Word file; of two moves at once the loser saves nothing and gets 409.
/// </summary>
public class RowOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_move_swaps_the_row_with_its_neighbour_and_numbers_the_section_without_gaps()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – đổi thứ tự phát biểu");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var before = await SpeechesAsync(factory, id);
        Assert.Equal([1, 5, 9], before.Select(s => s.Order));

        var moved = await MoveAsync(client, id, before[2].Id, before[2].Version, "Up");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await SpeechesAsync(factory, id);
        Assert.Equal(["Báo cáo tình hình", "Kết luận của chủ trì", "Ý kiến của hội viên"], after.Select(s => s.Summary));
        Assert.Equal([1, 2, 3], after.Select(s => s.Order));
        // The answer is the section as it now stands, renumbered, for the page to redraw.
        var html = await moved.Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("Kết luận của chủ trì", StringComparison.Ordinal) < html.IndexOf("Ý kiến của hội viên", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_row_moved_up_stays_first()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – dòng đầu không lên được nữa");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var before = await SpeechesAsync(factory, id);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, before[0].Id, before[0].Version, "Up")).StatusCode);

        Assert.Equal(before.Select(s => s.Id), (await SpeechesAsync(factory, id)).Select(s => s.Id));
    }

    [Fact]
    public async Task The_moved_order_reads_the_same_on_the_conference_page_the_print_page_and_the_word_file()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – thứ tự trên mọi bản");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petitions = await factory.WithDbAsync(db => db.Petitions.Where(p => p.ConferenceId == id).OrderBy(p => p.Order).Select(p => new { p.Id, p.Version }).ToListAsync());
        var speeches = await SpeechesAsync(factory, id);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, petitions[0].Id, petitions[0].Version, "Down", section: "petitions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, speeches[1].Id, speeches[1].Version, "Up")).StatusCode);

        string[] speechOrder = ["Ý kiến của hội viên", "Báo cáo tình hình", "Kết luận của chủ trì"];
        string[] petitionOrder = ["Ý kiến số 2", "Ý kiến số 1", "Ý kiến số 3"];
        foreach (var text in new[]
                 {
                     await client.GetStringAsync($"/Conferences/Details/{id}"), await client.GetStringAsync($"/Conferences/Print/{id}"),
                     await MinutesWordFile.TextAsync(client, id),
                 })
        {
            AssertInOrder(text, speechOrder);
            AssertInOrder(text, petitionOrder);
        }
        Assert.Contains("1. Ý kiến – ", await MinutesWordFile.TextAsync(client, id));
        Assert.Contains("1. [Ý kiến] Ý kiến số 2", await MinutesWordFile.TextAsync(client, id));
    }

    [Fact]
    public async Task A_removed_row_leaves_no_gap_in_the_numbers()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – xóa rồi đánh số lại");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var before = await SpeechesAsync(factory, id);

        Assert.Equal(HttpStatusCode.NoContent, (await FetchAsync(client, id, "Remove", ("section", "speeches"), ("partId", before[0].Id.ToString()))).StatusCode);

        var after = await SpeechesAsync(factory, id);
        Assert.Equal([before[1].Id, before[2].Id], after.Select(s => s.Id));
        Assert.Equal([1, 2], after.Select(s => s.Order));
    }

    [Fact]
    public async Task Of_two_moves_from_the_same_page_the_second_saves_nothing_and_gets_409_with_the_current_rows()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – hai người đổi thứ tự cùng lúc");
        var first = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var second = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var seen = await SpeechesAsync(factory, id);

        var responses = await Task.WhenAll(
            MoveAsync(first, id, seen[2].Id, seen[2].Version, "Up"),
            MoveAsync(second, id, seen[2].Id, seen[2].Version, "Up"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var after = await SpeechesAsync(factory, id);
        // Moved once, not twice; three rows, numbered 1, 2, 3.
        Assert.Equal([seen[0].Id, seen[2].Id, seen[1].Id], after.Select(s => s.Id));
        Assert.Equal([1, 2, 3], after.Select(s => s.Order));
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Kết luận của chủ trì", await loser.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_move_that_read_the_section_before_another_move_saved_is_refused_whole()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – đọc trước, lưu sau");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var seen = await SpeechesAsync(factory, id);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var minutes = scope.ServiceProvider.GetRequiredService<MinutesService>();
        var conference = (await minutes.FindConferenceAsync(id))!;
        // This request has read the section (its rows are tracked as they were) when the other move commits.
        await db.Speeches.Where(s => s.ConferenceId == id).ToListAsync();
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(client, id, seen[2].Id, seen[2].Version, "Up")).StatusCode);

        // It moves another row, whose version it holds is still current: the rows the other move rewrote stop it.
        var outcome = await minutes.MoveAsync(conference, Sections.Speeches, seen[0].Id, MoveDirection.Down, seen[0].Version);

        Assert.Equal(RowChange.Conflict, outcome);
        var after = await SpeechesAsync(factory, id);
        Assert.Equal([seen[0].Id, seen[2].Id, seen[1].Id], after.Select(s => s.Id));
        Assert.Equal([1, 2, 3], after.Select(s => s.Order));
    }

    [Fact]
    public async Task On_final_minutes_a_move_needs_a_reason_and_is_listed_as_an_amendment()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – đổi thứ tự bản chính thức", MinutesState.Final);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var seen = await SpeechesAsync(factory, id);

        var refused = await MoveAsync(client, id, seen[1].Id, seen[1].Version, "Up");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("hãy nhập lý do sửa đổi", await refused.Content.ReadAsStringAsync());
        Assert.Equal(seen.Select(s => (s.Id, s.Order)), (await SpeechesAsync(factory, id)).Select(s => (s.Id, s.Order)));
        Assert.Empty(await AmendmentsAsync(factory, id));

        var moved = await MoveAsync(client, id, seen[1].Id, seen[1].Version, "Up", "Thư ký ghi nhầm thứ tự phát biểu");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var amendment = Assert.Single(await AmendmentsAsync(factory, id));
        Assert.Equal("Thư ký ghi nhầm thứ tự phát biểu", amendment.Reason);
        Assert.Equal("Chuyển phát biểu \"Ý kiến của hội viên\" lên vị trí 1.", amendment.Summary);
        var details = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("Thư ký ghi nhầm thứ tự phát biểu", details);
    }

    private static void AssertInOrder(string text, string[] parts)
    {
        var at = parts.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }
}
