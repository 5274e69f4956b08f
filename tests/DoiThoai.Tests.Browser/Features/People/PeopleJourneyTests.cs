using System.Text.RegularExpressions;
using DoiThoai.Web.Features.Questions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.People;

/// <summary>
/// Issue 18's journey: a person sends a question for an announced conference, the ward accepts it, the secretary marks
/// it raised in the minutes, it is assigned and answered, the person finds it unsettled, the Front reopens it, it is
/// answered again and the person judges it settled.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PeopleJourneyTests(BrowserFixture browser)
{
    private const string Question = "Đề nghị phường sửa mái nhà văn hóa tổ dân phố số 2 trước mùa mưa bão năm nay.";
    private const string FirstAnswer = "Phường đã lập dự toán sửa mái nhà văn hóa, thi công trong quý tới.";
    private const string SecondAnswer = "Phường đã thay toàn bộ mái tôn và máng nước nhà văn hóa tổ dân phố số 2.";

    [Fact]
    public async Task A_question_sent_before_goes_from_the_public_form_to_a_settled_answer()
    {
        var settledBefore = await SettledOnDashboardAsync();
        await using var person = await browser.OpenAsync("people-person");
        var code = await PeopleSteps.SendQuestionAsync(person.Page, browser, "Hoàng Văn Người Hỏi", Question);
        await person.ScreenshotAsync("1-sent");

        await using (var ward = await browser.OpenAsync("people-ward"))
        {
            var page = ward.Page;
            await PeopleSteps.OpenModerationAsync(page);
            await PeopleSteps.QuestionRow(page, Question).GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận câu hỏi.");
            await Expect(PeopleSteps.QuestionRow(page, Question).GetByTestId("question-state")).ToHaveTextAsync("Đã tiếp nhận, sẽ nêu tại hội nghị");

            // The secretary, at the conference: the accepted question is waiting in the minutes entry.
            await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestions.Title }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Nhập biên bản" }).ClickAsync();
            var waiting = page.GetByTestId("accepted-question").Filter(new() { HasText = Question });
            await Expect(waiting).ToContainTextAsync("Hoàng Văn Người Hỏi, Tổ dân phố số 2");
            await waiting.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu đã nêu" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã đánh dấu câu hỏi là đã nêu" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("accepted-question").Filter(new() { HasText = Question })).ToHaveCountAsync(0);
            await Expect(page.Locator("#rows-petitions")).ToContainTextAsync(Question);
            await ward.ScreenshotAsync("2-raised");

            // Assigned and answered through the follow-up pages.
            await PeopleSteps.OpenFollowUpAsync(page, Question);
            await page.GetByLabel("Cơ quan chủ trì giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Hội Nông dân phường Kỳ Phương" });
            await page.GetByLabel("Thời hạn").FillAsync("31/12/2099");
            await page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
            await Expect(page.GetByTestId("responsible")).ToHaveTextAsync("Hội Nông dân phường Kỳ Phương");
            await page.GetByLabel("Báo đã giải quyết: kết quả giải quyết").FillAsync(FirstAnswer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Báo đã giải quyết" }).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đã giải quyết");
        }

        await PeopleSteps.LookUpAsync(person.Page, code);
        await Expect(person.Page.GetByTestId("lookup-answer")).ToHaveTextAsync(FirstAnswer);
        await Expect(person.Page.GetByTestId("lookup-result")).Not.ToContainTextAsync("Hoàng Văn Người Hỏi");
        await PeopleSteps.JudgeAsync(person.Page, browser, "Chưa hài lòng", "Mái vẫn dột, mới chỉ có dự toán.");
        await person.ScreenshotAsync("3-not-settled");

        await using (var front = await browser.OpenAsync("people-front"))
        {
            var page = front.Page;
            await page.SignInAsync("mattran.kyanh@demo.local");
            await page.GotoAsync("/Verdicts");
            await Expect(page.Locator("main")).ToContainTextAsync("Mái vẫn dột, mới chỉ có dự toán.");
            await PeopleSteps.OpenFollowUpAsync(page, Question);
            await page.GetByLabel(new Regex("^Mở lại theo ý kiến người nêu")).FillAsync("Người dân chưa hài lòng: đề nghị thi công ngay, không chờ quý tới.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mở lại theo ý kiến người nêu" }).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đang giải quyết");
            await front.ScreenshotAsync("4-reopened");
        }

        await using (var ward = await browser.OpenAsync("people-ward-again"))
        {
            var page = ward.Page;
            await page.SignInAsync("kyphuong@demo.local");
            await PeopleSteps.OpenFollowUpAsync(page, Question);
            await page.GetByLabel("Báo đã giải quyết: kết quả giải quyết").FillAsync(SecondAnswer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Báo đã giải quyết" }).ClickAsync();
            await Expect(page.GetByTestId("state")).ToHaveTextAsync("Đã giải quyết");
        }

        await PeopleSteps.LookUpAsync(person.Page, code);
        await Expect(person.Page.GetByTestId("lookup-answer")).ToHaveTextAsync(SecondAnswer);
        await PeopleSteps.JudgeAsync(person.Page, browser, "Hài lòng", null);
        await Expect(person.Page.GetByTestId("lookup-verdict")).ToHaveTextAsync("Hài lòng");
        await person.ScreenshotAsync("5-settled");
        person.AssertNoRequestLeftTheSite();

        // The leader's dashboard counts the settled answer in the share of settled answers.
        Assert.Equal(settledBefore + 1, await SettledOnDashboardAsync());
    }

    /// <summary>The settled answers on the district leader's dashboard over the years around today (the demo dialogue is weeks ahead).</summary>
    private async Task<int> SettledOnDashboardAsync()
    {
        await using var leader = await browser.OpenAsync("people-leader");
        var page = leader.Page;
        await page.SignInAsync("lanhdao.kyanh@demo.local");
        var today = DateTime.Today;
        await page.GotoAsync($"/Dashboard?Kind=Custom&From={today.AddDays(-400):dd/MM/yyyy}&To={today.AddDays(400):dd/MM/yyyy}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mức độ hài lòng của người nêu" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=verdict-share]")).ToHaveTextAsync(new Regex(@"^(\d[\d.]*/\d[\d.]* \(.+%\)|–)$"));
        var settled = await page.Locator("[data-figure=verdict-settled]").InnerTextAsync();
        return int.Parse(settled.Replace(".", "").Trim());
    }
}
