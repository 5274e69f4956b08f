using System.Text.RegularExpressions;
using DoiThoai.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.PublicPetitions;

[Collection(BrowserCollection.Name)]
public class PublicAnswersFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_on_a_phone_finds_an_answer_by_place_topic_and_words_without_diacritics()
    {
        await using var session = await browser.OpenAsync(nameof(A_reader_on_a_phone_finds_an_answer_by_place_topic_and_words_without_diacritics));
        var page = session.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/kien-nghi");

        var form = page.GetByRole(AriaRole.Search, new() { Name = "Tìm kiến nghị đã giải quyết" });
        await form.GetByLabel("Từ khóa").FillAsync("hoi cuu chien binh");
        await form.GetByLabel("Địa phương").SelectOptionAsync(new SelectOptionValue { Label = "Hồng Lĩnh" });
        await form.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức đại hội đoàn thể" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("Q=hoi\\+cuu\\+chien\\+binh"));
        var answers = page.GetByTestId("public-petition");
        await Expect(answers.First).ToContainTextAsync("Kiến nghị của Hội Cựu chiến binh về thực hiện nhiệm vụ thời gian tới.");
        await Expect(answers.First).ToContainTextAsync("Tổ chức đại hội đoàn thể");
        // The form keeps what was asked, so a reader can narrow it further.
        await Expect(form.GetByLabel("Từ khóa")).ToHaveValueAsync("hoi cuu chien binh");
        await Expect(form.GetByLabel("Lĩnh vực")).ToHaveValueAsync("Tổ chức đại hội đoàn thể");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The answers page is {widths[0]} px wide on a {widths[1]} px screen.");
        await session.ScreenshotAsync("1-phone");

        await form.GetByLabel("Từ khóa").FillAsync("khongcotunaonhe");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Chưa có kiến nghị nào được công khai khớp điều kiện tìm.")).ToBeVisibleAsync();
        session.AssertNoRequestLeftTheSite();
    }
}
