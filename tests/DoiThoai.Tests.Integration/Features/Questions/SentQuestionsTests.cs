using System.Net;
using DoiThoai.Tests.Integration.Features.Calendar;
using DoiThoai.Tests.Integration.Features.Lookup;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Questions;

/// <summary>The public form for questions before a conference: consent, open conferences only, the code at once, the lookup.</summary>
public class SendQuestionTests(PeopleFactory factory) : IClassFixture<PeopleFactory>
{
    private async Task<int> AnnouncedAsync(string title, bool takesQuestions = true)
    {
        var id = await CalendarSteps.ComingConferenceAsync(factory, title);
        await CalendarSteps.AnnounceAsync(await factory.SignedInClientAsync(Demo.KyPhuongWard), id, takesQuestions);
        return id;
    }

    [Fact]
    public async Task A_person_is_shown_the_code_at_once_and_the_lookup_shows_its_state_but_no_name_contact_or_photo()
    {
        var id = await AnnouncedAsync("Đối thoại về đường ngõ tổ dân phố số 3");
        var reader = factory.CreateReaderAt("10.5.0.1");
        var sent = await QuestionSteps.SendAsync(factory, reader, id, photo: QuestionSteps.Png);
        var html = await PeopleFactory.TextAsync(sent);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.True(sent.Headers.CacheControl?.NoStore);
        Assert.Contains("Mã tra cứu của bạn:", html);
        var code = QuestionSteps.CodeOn(html);
        Assert.Contains($"/tra-cuu?ma={code}", html);

        var question = await QuestionSteps.QuestionAsync(factory, code);
        Assert.Equal((SentQuestionState.Pending, "Phạm Thị Gửi Trước", "Tổ dân phố số 3"), (question.State, question.SenderName, question.ResidentialGroup));
        Assert.Equal(SentQuestion.Purpose, question.ConsentedPurpose);
        Assert.Equal("image/png", question.PhotoContentType);
        Assert.True(File.Exists(Path.Combine(factory.StorageFolder, question.PhotoStoredName!)));

        var lookup = await PeopleFactory.TextAsync(await reader.GetAsync($"/tra-cuu?ma={code}"));
        Assert.Contains(SentQuestionState.Pending.Label(), lookup);
        Assert.Contains("Đối thoại về đường ngõ tổ dân phố số 3", lookup);
        foreach (var secret in new[] { "Phạm Thị Gửi Trước", "gui.truoc@example.vn", "0912 345 678", question.PhotoStoredName!, "/anh" })
            Assert.DoesNotContain(secret, lookup);
    }

    [Fact]
    public async Task Without_consent_no_question_is_saved()
    {
        var id = await AnnouncedAsync("Đối thoại cần đồng ý");
        var sent = await QuestionSteps.SendAsync(factory, factory.CreateReaderAt("10.5.0.2"), id, f => f.Remove("Consent"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        Assert.Contains("Hãy đánh dấu đồng ý để gửi câu hỏi.", await PeopleFactory.TextAsync(sent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SentQuestions.CountAsync(q => q.ConferenceId == id)));
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_is_refused_by_its_content()
    {
        var id = await AnnouncedAsync("Đối thoại có ảnh giả");
        var sent = await QuestionSteps.SendAsync(factory, factory.CreateReaderAt("10.5.0.3"), id, photo: "<html>không phải ảnh</html>"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        Assert.Contains("không phải ảnh JPEG, ảnh PNG", await PeopleFactory.TextAsync(sent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SentQuestions.CountAsync(q => q.ConferenceId == id)));
    }

    [Fact]
    public async Task A_conference_not_announced_not_taking_questions_or_already_held_takes_none()
    {
        var reader = factory.CreateReaderAt("10.5.0.4");
        var unannounced = await CalendarSteps.ComingConferenceAsync(factory, "Đối thoại chưa công bố");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/lich-doi-thoai/{unannounced}/gui-cau-hoi")).StatusCode);

        var noQuestions = await AnnouncedAsync("Đối thoại không nhận câu hỏi", takesQuestions: false);
        Assert.Contains("không nhận câu hỏi gửi trước", await PeopleFactory.TextAsync(await reader.GetAsync($"/lich-doi-thoai/{noQuestions}/gui-cau-hoi")));

        var held = await AnnouncedAsync("Đối thoại đã diễn ra");
        await factory.WithDbAsync(db => db.Conferences.Where(c => c.Id == held)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HeldOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)).SetProperty(c => c.Status, ConferenceStatus.Held)));
        var page = await PeopleFactory.TextAsync(await reader.GetAsync($"/lich-doi-thoai/{held}/gui-cau-hoi"));
        Assert.Contains("Hội nghị đã diễn ra", page);
        Assert.DoesNotContain("name=\"Content\"", page);
        var posted = await QuestionSteps.SendAsync(factory, reader, held);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SentQuestions.CountAsync(q => q.ConferenceId == held || q.ConferenceId == noQuestions)));
    }

    [Fact]
    public async Task The_same_form_sent_twice_saves_one_question()
    {
        var id = await AnnouncedAsync("Đối thoại gửi hai lần");
        var reader = factory.CreateReaderAt("10.5.0.5");
        Dictionary<string, string>? first = null;
        await QuestionSteps.SendAsync(factory, reader, id, f => first = new(f));
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in first!) form.Add(new StringContent(value), name);
        var again = await reader.PostAsync($"/lich-doi-thoai/{id}/gui-cau-hoi", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Mã kiểm tra này đã được dùng", await PeopleFactory.TextAsync(again));
        Assert.Equal(1, await factory.WithDbAsync(db => db.SentQuestions.CountAsync(q => q.ConferenceId == id)));
    }
}
