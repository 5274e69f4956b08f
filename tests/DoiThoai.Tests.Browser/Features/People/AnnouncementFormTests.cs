using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.People;

/// <summary>
/// The announcement form (/Conferences/{id}/lich) as the ward secretary fills it, from the conference's page: a refused
/// form comes back with the message next to its field and nothing lost, a saved one puts the conference on the public
/// calendar. Its own coming conference, so the demo dialogue the other people's tests use keeps its announcement.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AnnouncementFormTests(BrowserFixture browser)
{
    private const string Title = "Đối thoại với Nhân dân về chợ dân sinh và vệ sinh môi trường tổ dân phố";
    private const string Topic = "Sắp xếp chợ dân sinh; thu gom rác thải tại các tổ dân phố";
    private const string Answerers = "Chủ tịch UBND phường, Trưởng ban quản lý chợ";

    [Fact]
    public async Task The_ward_secretary_announces_a_coming_conference_and_the_public_calendar_shows_it()
    {
        await using var ward = await browser.OpenAsync(nameof(The_ward_secretary_announces_a_coming_conference_and_the_public_calendar_shows_it));
        var page = ward.Page;
        await page.SignInAsync("kyphuong@demo.local");
        var heldOn = DateTime.Today.AddDays(30).ToString("dd/MM/yyyy");
        await CreateComingConferenceAsync(page, heldOn);

        await page.GotoAsync("/Conferences?Q=" + Uri.EscapeDataString(Title));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thông báo lịch, câu hỏi gửi trước" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo lịch đối thoại công khai" })).ToBeVisibleAsync();

        // A refused form: the topic left empty; the rest comes back as typed, the message next to the topic.
        await page.GetByLabel("Chủ đề đối thoại").FillAsync("");
        await page.GetByLabel("Người trả lời, giải trình").FillAsync(Answerers);
        await page.GetByLabel("Công bố trên lịch đối thoại công khai").CheckAsync();
        await page.GetByLabel("Nhận câu hỏi, kiến nghị của người dân gửi trước hội nghị").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông báo" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Topic']")).ToHaveTextAsync("Hãy nhập chủ đề đối thoại.");
        await Expect(page.GetByLabel("Người trả lời, giải trình")).ToHaveValueAsync(Answerers);
        await Expect(page.GetByLabel("Công bố trên lịch đối thoại công khai")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Nhận câu hỏi, kiến nghị của người dân gửi trước hội nghị")).ToBeCheckedAsync();
        await ward.ScreenshotAsync("1-refused");

        await page.GetByLabel("Chủ đề đối thoại").FillAsync(Topic);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông báo" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Conferences/Details/\d+$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu và công bố trên lịch đối thoại.");
        await ward.ScreenshotAsync("2-saved");

        await using var person = await browser.OpenAsync("announcement-person");
        await person.Page.GotoAsync("/lich-doi-thoai");
        var entry = person.Page.GetByTestId("calendar-entry").Filter(new() { Has = person.Page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }) });
        await Expect(entry).ToContainTextAsync($"ngày {heldOn}");
        await Expect(entry).ToContainTextAsync($"Chủ đề: {Topic}");
        await Expect(entry).ToContainTextAsync($"Người trả lời: {Answerers}");
        await Expect(entry).ToContainTextAsync("Nhận câu hỏi gửi trước");
        await person.ScreenshotAsync("3-on-the-calendar");
        person.AssertNoRequestLeftTheSite();
    }

    /// <summary>A planned dialogue of the ward a month ahead, by the new-conference form.</summary>
    private static async Task CreateComingConferenceAsync(IPage page, string heldOn)
    {
        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync(Title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị đối thoại" });
        await page.GetByLabel("Trạng thái", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dự kiến" });
        await page.GetByLabel("Ngày tổ chức").FillAsync(heldOn);
        await page.GetByLabel("Địa điểm").FillAsync("Hội trường UBND phường Kỳ Phương");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Minutes/Edit/\d+"));
    }
}
