using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Minutes;
using Microsoft.EntityFrameworkCore;
using static DoiThoai.Tests.Integration.Features.Minutes.MinutesRows;

namespace DoiThoai.Tests.Integration.Features.Minutes;

/// <summary>
/// A row corrected in place keeps its place and its id; on final minutes the correction is an amendment with its
/// reason; a ward's staff never correct nor move another ward's rows, whatever id they send.
/// </summary>
public class RowCorrectionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<Petition> PetitionAsync(int id) =>
        factory.WithDbAsync(db => db.Petitions.AsNoTracking().Include(p => p.Topic).SingleAsync(p => p.Id == id));

    private Task<Petition> FirstPetitionAsync(int conferenceId) =>
        factory.WithDbAsync(db => db.Petitions.AsNoTracking().Where(p => p.ConferenceId == conferenceId).OrderBy(p => p.Order).FirstAsync());

    private static (string, string)[] PetitionFields(Petition petition, string content, string kind = "Petition") =>
        [("partId", petition.Id.ToString()), ("version", petition.Version.ToString()), ("Petition.Kind", kind), ("Petition.Content", content),
         ("Petition.TopicName", "Đất đai")];

    [Fact]
    public async Task A_petition_is_corrected_in_place_keeping_its_place_and_opening_its_follow_up_when_it_becomes_one()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – sửa một ý kiến tại chỗ");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petition = await FirstPetitionAsync(id);

        var form = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/Minutes/EditRow/{id}?section=petitions&partId={petition.Id}")
            { Headers = { { "X-Requested-With", "fetch" } } });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("value=\"Ý kiến số 1\"", await form.Content.ReadAsStringAsync());

        var saved = await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Kiến nghị sửa lỗi chính tả"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Kiến nghị sửa lỗi chính tả", await saved.Content.ReadAsStringAsync());
        var stored = await PetitionAsync(petition.Id);
        Assert.Equal(("Kiến nghị sửa lỗi chính tả", PetitionKind.Petition, "Đất đai", petition.Order), (stored.Content, stored.Kind, stored.Topic!.Name, stored.Order));
        Assert.NotEqual(petition.Version, stored.Version);
        // An opinion corrected into a petition is followed up like one entered as a petition.
        Assert.True(await factory.WithDbAsync(db => db.FollowUps.AnyAsync(f => f.PetitionId == petition.Id)));
    }

    [Fact]
    public async Task A_correction_from_a_page_out_of_date_saves_nothing_and_gets_409()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – hai người sửa một dòng");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petition = await FirstPetitionAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Bản sửa thứ nhất", "Opinion"))).StatusCode);

        var late = await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Bản sửa thứ hai", "Opinion"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Bản sửa thứ nhất", (await PetitionAsync(petition.Id)).Content);
    }

    [Fact]
    public async Task A_speech_with_neither_speaker_nor_body_is_refused_beside_its_field()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – sửa phát biểu thiếu người nói");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var speech = (await SpeechesAsync(factory, id))[0];

        var refused = await FetchAsync(client, id, "UpdateSpeech", ("partId", speech.Id.ToString()), ("version", speech.Version.ToString()),
            ("Speech.Kind", "Report"), ("Speech.Summary", "Báo cáo đã sửa"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Speech.SpeakerName", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Báo cáo tình hình", (await SpeechesAsync(factory, id))[0].Summary);
    }

    [Fact]
    public async Task On_final_minutes_a_correction_needs_a_reason_and_the_amendments_list_shows_it()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – sửa bản chính thức", MinutesState.Final);
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petition = await FirstPetitionAsync(id);

        var refused = await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Sửa không có lý do", "Opinion"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"\"{Reason}\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Ý kiến số 1", (await PetitionAsync(petition.Id)).Content);
        Assert.Empty(await AmendmentsAsync(factory, id));

        var saved = await FetchAsync(client, id, "UpdatePetition", [.. PetitionFields(petition, "Ý kiến số 1 (ghi đúng lời)", "Opinion"), (Reason, "Ghi lại đúng lời người nêu")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var amendment = Assert.Single(await AmendmentsAsync(factory, id));
        Assert.Equal("Ghi lại đúng lời người nêu", amendment.Reason);
        Assert.Contains("Sửa ý kiến \"Ý kiến số 1 (ghi đúng lời)\"", amendment.Summary);
        var details = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("Ghi lại đúng lời người nêu", details);
    }

    [Fact]
    public async Task Another_wards_staff_can_neither_open_correct_nor_move_a_row_of_this_ward()
    {
        var id = await ConferenceAsync(factory, "Đối thoại Kỳ Phương – phường khác không sửa được");
        var petition = await FirstPetitionAsync(id);
        var speech = (await SpeechesAsync(factory, id))[2];
        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Minutes/EditRow/{id}?section=petitions&partId={petition.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(other, id, "UpdatePetition", PetitionFields(petition, "Chiếm quyền sửa"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(other, id, speech.Id, speech.Version, "Up")).StatusCode);

        // Through a conference of their own, with this ward's row id: the row is not theirs either.
        var own = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Unit!.Code == "NB-NB-TB").Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(other, own, "UpdatePetition", PetitionFields(petition, "Chiếm quyền sửa"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(other, own, speech.Id, speech.Version, "Up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Minutes/EditRow/{own}?section=petitions&partId={petition.Id}")).StatusCode);

        Assert.Equal("Ý kiến số 1", (await PetitionAsync(petition.Id)).Content);
        Assert.Equal(petition.Version, (await PetitionAsync(petition.Id)).Version);
        Assert.Equal([1, 5, 9], (await SpeechesAsync(factory, id)).Select(s => s.Order));
    }

    [Fact]
    public async Task A_followed_up_petition_cannot_become_an_opinion()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – kiến nghị đang theo dõi");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petition = await FirstPetitionAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Nay là kiến nghị"))).StatusCode);
        petition = await PetitionAsync(petition.Id);

        var refused = await FetchAsync(client, id, "UpdatePetition", PetitionFields(petition, "Lại thành ý kiến", "Opinion"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(MinutesService.KindWouldDropFollowUp, await refused.Content.ReadAsStringAsync());
        Assert.Equal(PetitionKind.Petition, (await PetitionAsync(petition.Id)).Kind);
    }

    [Fact]
    public async Task Without_script_the_correction_is_a_page_of_its_own_that_saves_and_goes_back_to_the_row()
    {
        var id = await ConferenceAsync(factory, "Đối thoại – sửa không cần script");
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var petition = await FirstPetitionAsync(id);
        var page = $"/Minutes/EditRow/{id}?section=petitions&partId={petition.Id}";

        var html = await client.GetStringAsync(page);
        Assert.Contains("<h1 class=\"h3\">Sửa một dòng của biên bản</h1>", html);
        Assert.Contains($"for=\"row-petitions-{petition.Id}-content\"", html);

        var saved = await client.PostFormAsync(page, $"/Minutes/UpdatePetition/{id}",
            PetitionFields(petition, "Sửa từ trang riêng", "Opinion").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"/Minutes/Edit/{id}#part-petitions-{petition.Id}", saved.Headers.Location!.OriginalString);
        Assert.Equal("Sửa từ trang riêng", (await PetitionAsync(petition.Id)).Content);
    }
}
