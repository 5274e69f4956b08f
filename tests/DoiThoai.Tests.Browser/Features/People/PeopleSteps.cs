using System.Text.RegularExpressions;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.Questions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.People;

/// <summary>What a person does on the public side, by the labels they read: send a question, look a code up, judge an answer.</summary>
public static class PeopleSteps
{
    /// <summary>A small valid PNG: 12×8 red pixels (a width to check once the picture is drawn).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAEUlEQVR42mM4oaFBEDGMKgIA9KxpAUT3+xwAAAAASUVORK5CYII=");
    public const int PngWidth = 12;

    /// <summary>
    /// From the public calendar to the announced demo dialogue's form; fills it and sends it, with the photo file on disk
    /// picked in the file field when given; returns the code shown.
    /// </summary>
    public static async Task<string> SendQuestionAsync(IPage page, BrowserFixture browser, string name, string content, string? photoFile = null)
    {
        await page.GotoAsync("/lich-doi-thoai");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestions.Title }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi câu hỏi, kiến nghị trước hội nghị" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("Tổ dân phố, thôn").SelectOptionAsync(new SelectOptionValue { Label = "Tổ dân phố số 2" });
        await page.GetByLabel("Số điện thoại (không bắt buộc)").FillAsync("0987 654 321");
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Thiết chế văn hóa cơ sở" });
        await page.GetByLabel("Nội dung câu hỏi, kiến nghị").FillAsync(content);
        if (photoFile is not null) await page.GetByLabel(new Regex("^Ảnh kèm theo")).SetInputFilesAsync(photoFile);
        await page.GetByLabel(SentQuestion.Purpose).CheckAsync();
        await AnswerCaptchaAsync(page, browser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
        await Expect(page.GetByTestId("question-sent")).ToContainTextAsync("Mã tra cứu của bạn:");
        return (await page.GetByTestId("question-code").TextContentAsync())!.Trim();
    }

    /// <summary>The captcha as a person answers it; the answer comes from the test seam, never from the page.</summary>
    public static async Task AnswerCaptchaAsync(IPage page, BrowserFixture browser)
    {
        var token = await page.Locator("input[name=CaptchaToken]").First.InputValueAsync();
        await page.GetByLabel(new Regex("^Nhập 5 ký tự trong ảnh")).FillAsync(browser.CaptchaAnswer(token));
    }

    /// <summary>/tra-cuu by the code, as typed from the receipt.</summary>
    public static async Task LookUpAsync(IPage page, string code)
    {
        await page.GotoAsync("/tra-cuu");
        await page.GetByLabel(new Regex("^Mã tra cứu")).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(page.GetByTestId("lookup-result")).ToBeVisibleAsync();
    }

    /// <summary>Says whether the answer settled it, with a comment, once.</summary>
    public static async Task JudgeAsync(IPage page, BrowserFixture browser, string verdict, string? comment)
    {
        await page.GetByLabel(verdict, new() { Exact = true }).CheckAsync();
        if (comment is not null) await page.GetByLabel("Ý kiến thêm (không bắt buộc)").FillAsync(comment);
        await AnswerCaptchaAsync(page, browser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến về trả lời" }).ClickAsync();
        await Expect(page.GetByTestId("verdict-sent")).ToBeVisibleAsync();
    }

    /// <summary>A question on the moderation page, by its own text (others name it among their merge choices).</summary>
    public static ILocator QuestionRow(IPage page, string content) =>
        page.GetByTestId("question").Filter(new() { Has = page.GetByTestId("question-content").Filter(new() { HasText = content }) });

    /// <summary>A staff member's way to a follow-up item: the follow-up list, searched by the petition's words.</summary>
    public static async Task OpenFollowUpAsync(IPage page, string content)
    {
        await page.GotoAsync("/FollowUps?Mine=false&OpenOnly=false&Q=" + Uri.EscapeDataString(content.TrimEnd('.')[..40]));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = content }).First.ClickAsync();
    }

    /// <summary>The ward secretary signs in and goes to the demo dialogue's questions: its page, then its link to them.</summary>
    public static async Task OpenModerationAsync(IPage page)
    {
        await page.SignInAsync("kyphuong@demo.local");
        await page.GotoAsync("/Conferences?Q=" + Uri.EscapeDataString(DemoQuestions.Title));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = DemoQuestions.Title }).First.ClickAsync();
        await page.GetByTestId("sent-questions-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Câu hỏi, kiến nghị gửi trước hội nghị" })).ToBeVisibleAsync();
    }
}
