using System.Net;
using DoiThoai.Tests.Integration.Features.Calendar;
using DoiThoai.Tests.Integration.Features.Lookup;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Questions;

/// <summary>Moderation by the organizing ward and the Front in scope, and an accepted question raised in the minutes.</summary>
public class ModerationTests(PeopleFactory factory) : IClassFixture<PeopleFactory>
{
    private static string Base(int conferenceId) => $"/Conferences/{conferenceId}/cau-hoi-gui-truoc";

    private static Task<HttpResponseMessage> PostAsync(HttpClient staff, int conferenceId, string path, params (string, string)[] fields) =>
        staff.PostFormAsync("/Account/TwoFactor", Base(conferenceId) + path, fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    /// <summary>A new announced conference of Kỳ Phương with one question sent by the public; its code.</summary>
    private async Task<(int ConferenceId, SentQuestion Question)> SentAsync(string title, string address)
    {
        var id = await CalendarSteps.ComingConferenceAsync(factory, title);
        await CalendarSteps.AnnounceAsync(await factory.SignedInClientAsync(Demo.KyPhuongWard), id);
        var sent = await QuestionSteps.SendAsync(factory, factory.CreateReaderAt(address), id, photo: QuestionSteps.Png);
        return (id, await QuestionSteps.QuestionAsync(factory, QuestionSteps.CodeOn(await PeopleFactory.TextAsync(sent))));
    }

    [Fact]
    public async Task Another_wards_staff_get_404_for_the_list_every_step_and_the_photo_and_a_leader_403()
    {
        var (id, question) = await SentAsync("Đối thoại của riêng Kỳ Phương", "10.6.0.1");
        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Base(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Base(id)}/{question.Id}/anh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, $"/{question.Id}/tiep-nhan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, $"/{question.Id}/khong-tiep-nhan", ("Refusal.Reason", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, $"/{question.Id}/gop", ("Merge.IntoQuestion", question.Id.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, $"/{question.Id}/da-neu")).StatusCode);

        var leader = await factory.SignedInClientAsync(Demo.Leader);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync(Base(id))).StatusCode);
        Assert.Equal(SentQuestionState.Pending, (await QuestionSteps.QuestionAsync(factory, question.Code!)).State);
    }

    [Fact]
    public async Task A_question_id_of_another_conference_is_not_found_under_ones_own()
    {
        var (_, question) = await SentAsync("Đối thoại thứ nhất", "10.6.0.2");
        var (ownId, _) = await SentAsync("Đối thoại thứ hai", "10.6.0.3");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ward, ownId, $"/{question.Id}/tiep-nhan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"{Base(ownId)}/{question.Id}/anh")).StatusCode);
    }

    [Fact]
    public async Task The_Front_in_scope_reads_names_and_photo_and_accepts()
    {
        var (id, question) = await SentAsync("Đối thoại Mặt trận xét duyệt", "10.6.0.4");
        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        var page = WebUtility.HtmlDecode(await front.GetStringAsync(Base(id)));
        Assert.Contains("Phạm Thị Gửi Trước", page);
        Assert.Contains("gui.truoc@example.vn", page);
        var photo = await front.GetAsync($"{Base(id)}/{question.Id}/anh");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(QuestionSteps.Png, await photo.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(front, id, $"/{question.Id}/tiep-nhan")).StatusCode);
        Assert.Equal(SentQuestionState.Accepted, (await QuestionSteps.QuestionAsync(factory, question.Code!)).State);
        var accepted = WebUtility.HtmlDecode(await front.GetStringAsync($"{Base(id)}?trangThai=Accepted"));
        Assert.Contains("Đề nghị phường sớm sửa đường ngõ 7", accepted);
        Assert.DoesNotContain("Đề nghị phường sớm sửa đường ngõ 7", WebUtility.HtmlDecode(await front.GetStringAsync($"{Base(id)}?trangThai=Pending")));
    }

    [Fact]
    public async Task A_refusal_needs_its_reason_and_the_sender_reads_it_by_the_code()
    {
        var (id, question) = await SentAsync("Đối thoại có câu hỏi bị từ chối", "10.6.0.5");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var empty = await PostAsync(ward, id, $"/{question.Id}/khong-tiep-nhan", ("Refusal.Reason", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains($"id=\"reason-{question.Id}-error\" class=\"text-danger small\">Hãy ghi lý do không tiếp nhận.<", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(SentQuestionState.Pending, (await QuestionSteps.QuestionAsync(factory, question.Code!)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ward, id, $"/{question.Id}/khong-tiep-nhan", ("Refusal.Reason", "Nội dung thuộc thẩm quyền của Tòa án."))).StatusCode);
        var lookup = await PeopleFactory.TextAsync(await factory.CreateReaderAt("10.6.0.6").GetAsync($"/tra-cuu?ma={question.Code}"));
        Assert.Contains(SentQuestionState.Refused.Label(), lookup);
        Assert.Contains("Nội dung thuộc thẩm quyền của Tòa án.", lookup);
    }

    [Fact]
    public async Task A_question_merges_only_into_another_of_the_same_conference()
    {
        var (id, first) = await SentAsync("Đối thoại có câu hỏi trùng", "10.6.0.7");
        var second = await QuestionSteps.QuestionAsync(factory, QuestionSteps.CodeOn(await PeopleFactory.TextAsync(
            await QuestionSteps.SendAsync(factory, factory.CreateReaderAt("10.6.0.8"), id))));
        var (_, elsewhere) = await SentAsync("Đối thoại khác", "10.6.0.9");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var refused = await PostAsync(ward, id, $"/{second.Id}/gop", ("Merge.IntoQuestion", elsewhere.Id.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ward, id, $"/{second.Id}/gop", ("Merge.IntoQuestion", first.Id.ToString()))).StatusCode);
        var merged = await QuestionSteps.QuestionAsync(factory, second.Code!);
        Assert.Equal((SentQuestionState.Merged, first.Id), (merged.State, merged.MergedIntoId));
    }

    [Fact]
    public async Task Marking_raised_makes_a_petition_with_the_senders_name_group_topic_and_code_counted_once()
    {
        var (id, question) = await SentAsync("Đối thoại nêu câu hỏi gửi trước", "10.6.0.10");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var edit = WebUtility.HtmlDecode(await ward.GetStringAsync($"/Minutes/Edit/{id}"));
        Assert.Contains("Câu hỏi gửi trước", edit);
        Assert.DoesNotContain("Đánh dấu đã nêu</button>", edit);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ward, id, $"/{question.Id}/tiep-nhan")).StatusCode);
        Assert.Contains("Đánh dấu đã nêu</button>", WebUtility.HtmlDecode(await ward.GetStringAsync($"/Minutes/Edit/{id}")));

        var raised = await PostAsync(ward, id, $"/{question.Id}/da-neu");
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var again = await PostAsync(ward, id, $"/{question.Id}/da-neu");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var (petitions, figures, after) = await factory.WithDbAsync(async db => (
            await db.Petitions.AsNoTracking().Include(p => p.RaisedByPerson).Include(p => p.RaisedByUnit).Include(p => p.Topic)
                .Where(p => p.ConferenceId == id).ToListAsync(),
            await db.ConferenceFigures.AsNoTracking().SingleAsync(f => f.ConferenceId == id),
            await db.SentQuestions.AsNoTracking().SingleAsync(q => q.Id == question.Id)));
        var petition = Assert.Single(petitions);
        Assert.Equal(question.Code, petition.Code);
        Assert.Equal(("Phạm Thị Gửi Trước", "số 3", "Thiết chế văn hóa cơ sở"), (petition.RaisedByPerson!.FullName, petition.RaisedByUnit!.Name, petition.Topic!.Name));
        Assert.Equal(question.Content, petition.Content);
        Assert.Equal("gui.truoc@example.vn", petition.RaiserEmail);
        Assert.Equal(1, figures.Petitions);
        Assert.Equal((SentQuestionState.Raised, petition.Id, petition.RaisedByPersonId), (after.State, after.PetitionId, after.PersonId));

        var item = await factory.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.PetitionId == petition.Id));
        Assert.Equal(FollowUpState.New, item.State);
        var lookup = await PeopleFactory.TextAsync(await factory.CreateReaderAt("10.6.0.11").GetAsync($"/tra-cuu?ma={question.Code}"));
        Assert.Contains(PublicCode.Display(item.Code), lookup);
        Assert.DoesNotContain("Phạm Thị Gửi Trước", lookup);
    }
}
