using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.People;

/// <summary>
/// A question sent with a photo picked from the person's disk: its moderators open it from the moderation page and the
/// picture is drawn; anyone else asking for the photo's address gets the sign-in page, never the picture.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QuestionPhotoTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_photo_sent_with_a_question_is_seen_by_the_ward_and_refused_to_anyone_else()
    {
        const string question = "Cống thoát nước đầu ngõ 9 tổ dân phố số 2 bị vỡ, gửi kèm ảnh hiện trường.";
        var file = Path.Combine(Path.GetTempPath(), $"hien-truong-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, PeopleSteps.Png, TestContext.Current.CancellationToken);
        try
        {
            await using var person = await browser.OpenAsync("photo-person");
            await PeopleSteps.SendQuestionAsync(person.Page, browser, "Võ Văn Chụp Ảnh", question, file);
        }
        finally { File.Delete(file); }

        await using var ward = await browser.OpenAsync(nameof(The_photo_sent_with_a_question_is_seen_by_the_ward_and_refused_to_anyone_else));
        var page = ward.Page;
        await PeopleSteps.OpenModerationAsync(page);
        var link = PeopleSteps.QuestionRow(page, question).GetByRole(AriaRole.Link, new() { Name = "Xem ảnh người gửi kèm theo" });
        // The moderation page itself draws a small copy of the picture in the question's card.
        var thumbnail = PeopleSteps.QuestionRow(page, question).GetByTestId("question-photo");
        await thumbnail.ScrollIntoViewIfNeededAsync();
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(PeopleSteps.PngWidth, await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"));
        var photoAddress = await link.GetAttributeAsync("href");
        Assert.Matches(new Regex(@"^/Conferences/\d+/cau-hoi-gui-truoc/\d+/anh$"), photoAddress);
        var photo = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        // Drawn, not only asked for: a refused or broken picture has no natural width.
        await photo.WaitForFunctionAsync("() => document.images.length === 1 && document.images[0].complete && document.images[0].naturalWidth > 0");
        Assert.Equal(PeopleSteps.PngWidth, await photo.Locator("img").EvaluateAsync<int>("img => img.naturalWidth"));
        await ward.ScreenshotAsync("1-moderation");

        await using var anonymous = await browser.OpenAsync("photo-anonymous");
        var refused = await anonymous.Page.APIRequest.GetAsync(photoAddress!, new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/Account/Login", refused.Headers["location"]);
        await anonymous.Page.GotoAsync(photoAddress!);
        await Expect(anonymous.Page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(anonymous.Page.Locator("img[src*='/anh']")).ToHaveCountAsync(0);
    }
}
