using System.Text.RegularExpressions;
using DoiThoai.Tests.Browser.Features.Layout;
using DoiThoai.Tests.Browser.Infrastructure;
using DoiThoai.Tests.Shared;
using DoiThoai.Web.Features.Minutes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Conferences;

/// <summary>
/// A secretary downloads the minutes' template, fills its participants, conclusion items with coordinating bodies and
/// the period of a briefing reported without its day, uploads it by the page's labels and finds it all on the
/// conference page (issue 16, points 1 to 3).
/// </summary>
[Collection(BrowserCollection.Name)]
public class MinutesImportTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_filled_template_brings_participants_coordinating_bodies_and_the_period_to_the_conference_page()
    {
        await using var session = await browser.OpenAsync(nameof(A_filled_template_brings_participants_coordinating_bodies_and_the_period_to_the_conference_page));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");

        const string title = "Giao ban quý II năm 2025 nhập từ Excel";
        await page.GotoAsync("/Conferences/Create");
        await page.GetByLabel("Tên hội nghị").FillAsync(title);
        await page.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Hội nghị giao ban" });
        await page.GetByLabel("Ngày tổ chức").FillAsync("15/07/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Minutes/Edit/\\d+"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "tệp mẫu (.xlsx)" }).ClickAsync());
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var filled = Path.Combine(Path.GetTempPath(), $"bien-ban-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(filled, FilledWorkbook.Fill(template,
            (MinutesImport.GeneralSheet, 2, ["", "Quý", "2025", "2", "", "", "", "", "", ""]),
            (MinutesImport.ParticipantSheet, 2, ["Tham dự và chỉ đạo", "Hoàng Thị Khách Mời", "Phó Chủ tịch UBND thị xã"]),
            (MinutesImport.ParticipantSheet, 3, [MinutesImport.BodyPart, "Đoàn Thanh niên phường Kỳ Phương", ""]),
            (MinutesImport.ItemSheet, 2, ["Rà soát hộ nghèo cuối năm", "Ủy ban nhân dân phường Kỳ Phương", "31/12/2025",
                "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương; Hội Nông dân phường Kỳ Phương"])));
        try
        {
            await page.GetByLabel("Tệp Excel đã điền").SetInputFilesAsync(filled);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nhập" }).ClickAsync();
            await Expect(page.GetByText("Đã nhập 2 thành phần dự")).ToBeVisibleAsync();
        }
        finally { File.Delete(filled); }
        await session.ScreenshotAsync("1-imported");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xong, xem biên bản" }).ClickAsync();
        await Expect(page.GetByText("Hoàng Thị Khách Mời").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Tổ chức tham dự (1): Đoàn Thanh niên phường Kỳ Phương")).ToBeVisibleAsync();
        await Expect(page.GetByText("phối hợp: Ủy ban Mặt trận Tổ quốc phường Kỳ Phương, Hội Nông dân phường Kỳ Phương")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=when]")).ToHaveTextAsync("quý II năm 2025 (biên bản không ghi ngày)");
        await session.ScreenshotAsync("2-conference");

        await page.GotoAsync("/Conferences?Year=2025&Kind=Briefing");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("Quý II năm 2025");
        Assert.Empty(PageChecks.Dates(await page.Locator("main").InnerTextAsync()));
        session.AssertNoRequestLeftTheSite();
    }
}
