using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.People;

/// <summary>
/// The moderation page (/Conferences/{id}/cau-hoi-gui-truoc) as the ward secretary uses it: refusing needs a reason,
/// which the sender then reads by their code; a question that asks the same thing is merged into another, picked by
/// its visible label. Each test sends its own questions, so the demo questions stay as seeded.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QuestionModerationTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_refusal_needs_a_reason_and_the_sender_reads_it_by_the_code()
    {
        const string question = "Đề nghị phường cấp lại sổ đỏ cho gia đình tôi bị thất lạc khi chuyển nhà.";
        const string reason = "Cấp lại giấy chứng nhận là thủ tục hành chính, nộp hồ sơ tại bộ phận một cửa, không nêu tại đối thoại.";
        await using var person = await browser.OpenAsync("moderation-refuse-person");
        var code = await PeopleSteps.SendQuestionAsync(person.Page, browser, "Phan Thị Người Gửi", question);

        await using var ward = await browser.OpenAsync(nameof(A_refusal_needs_a_reason_and_the_sender_reads_it_by_the_code));
        var page = ward.Page;
        await PeopleSteps.OpenModerationAsync(page);
        var row = PeopleSteps.QuestionRow(page, question);
        await row.GetByRole(AriaRole.Button, new() { Name = "Không tiếp nhận" }).ClickAsync();
        await Expect(PeopleSteps.QuestionRow(page, question).GetByText("Hãy ghi lý do không tiếp nhận.")).ToBeVisibleAsync();
        await Expect(PeopleSteps.QuestionRow(page, question).GetByTestId("question-state")).ToHaveTextAsync("Chờ xem xét");
        await ward.ScreenshotAsync("1-no-reason");

        row = PeopleSteps.QuestionRow(page, question);
        await row.GetByLabel("Lý do không tiếp nhận").FillAsync(reason);
        await row.GetByRole(AriaRole.Button, new() { Name = "Không tiếp nhận" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi không tiếp nhận, kèm lý do.");
        await Expect(PeopleSteps.QuestionRow(page, question).GetByTestId("question-state")).ToHaveTextAsync("Không tiếp nhận");
        await ward.ScreenshotAsync("2-refused");

        await PeopleSteps.LookUpAsync(person.Page, code);
        var result = person.Page.GetByTestId("lookup-result");
        await Expect(result.GetByTestId("question-state")).ToHaveTextAsync("Không tiếp nhận");
        await Expect(result).ToContainTextAsync($"Lý do: {reason}");
        await Expect(result).Not.ToContainTextAsync("Phan Thị Người Gửi");
        await person.ScreenshotAsync("3-reason-read");
    }

    [Fact]
    public async Task A_question_asking_the_same_thing_is_merged_into_the_one_picked_by_its_label()
    {
        const string first = "Đề nghị lắp đèn đường ngõ 7 tổ dân phố số 2, buổi tối rất tối.";
        const string second = "Ngõ 7 tổ dân phố số 2 chưa có đèn chiếu sáng, đề nghị phường lắp.";
        await using var person = await browser.OpenAsync("moderation-merge-person");
        var firstCode = await PeopleSteps.SendQuestionAsync(person.Page, browser, "Đinh Văn Một", first);
        await PeopleSteps.SendQuestionAsync(person.Page, browser, "Đinh Thị Hai", second);

        await using var ward = await browser.OpenAsync(nameof(A_question_asking_the_same_thing_is_merged_into_the_one_picked_by_its_label));
        var page = ward.Page;
        await PeopleSteps.OpenModerationAsync(page);
        var row = PeopleSteps.QuestionRow(page, second);
        await row.GetByLabel("Gộp vào câu hỏi").SelectOptionAsync(new SelectOptionValue { Label = $"Mã {firstCode}: {first}" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Gộp", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gộp câu hỏi.");
        var merged = PeopleSteps.QuestionRow(page, second);
        await Expect(merged.GetByTestId("question-state")).ToHaveTextAsync("Đã gộp với câu hỏi cùng nội dung");
        await Expect(merged).ToContainTextAsync($"Đã gộp vào câu hỏi mã {firstCode}.");
        await Expect(PeopleSteps.QuestionRow(page, first).GetByTestId("question-state")).ToHaveTextAsync("Chờ xem xét");
        await ward.ScreenshotAsync("1-merged");
    }

}
