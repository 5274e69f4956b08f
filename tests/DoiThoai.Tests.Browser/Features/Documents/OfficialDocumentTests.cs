using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Documents;

/// <summary>
/// The official documents as an office uses them, through the labels a person reads: "Xuất văn bản" for the body
/// chosen, a unit's own Word template (refused when it is not one, used by the next export, undone), and the
/// report's issuer picker; each downloaded file is opened and read line by line (issue 16, points 11 and 12).
/// </summary>
[Collection(BrowserCollection.Name)]
public class OfficialDocumentTests(BrowserFixture browser)
{
    private const string OwnLetterhead = "MẪU RIÊNG CỦA VĂN PHÒNG THỊ XÃ HỒNG LĨNH";

    /// <summary>The Word file's non-empty paragraphs in reading order, header cells first.</summary>
    private static async Task<IReadOnlyList<string>> DownloadedLinesAsync(IPage page, Func<Task> click)
    {
        var download = await page.RunAndWaitForDownloadAsync(click);
        Assert.EndsWith(".docx", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        using var document = WordprocessingDocument.Open(new MemoryStream(copy.ToArray()), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0)];
    }

    private static void InOrder(IReadOnlyList<string> lines, params string[] expected)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = lines.Skip(at).ToList().IndexOf(line);
            Assert.True(found >= 0, $"\"{line}\" not found after line {at} in:\n{string.Join("\n", lines.Take(60))}");
            at += found + 1;
        }
    }

    private static async Task OpenConferenceHeldOnAsync(IPage page, string day)
    {
        await page.GotoAsync($"/Conferences?From={day}&To={day}");
        await page.Locator("table a[href^='/Conferences/Details/']").First.ClickAsync();
    }

    [Fact]
    public async Task A_ward_exports_its_minutes_for_the_peoples_committee_with_its_number_date_signer_and_recipients()
    {
        await using var session = await browser.OpenAsync(nameof(A_ward_exports_its_minutes_for_the_peoples_committee_with_its_number_date_signer_and_recipients));
        var page = session.Page;
        await page.SignInAsync("kyphuong@demo.local");
        await OpenConferenceHeldOnAsync(page, "28/06/2022");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xuất văn bản" }).ClickAsync();

        // The Party committee organized it, so the form opens for the Party; the ward chooses its People's Committee.
        // Minutes are signed by their secretary and chair, so no body opens the form with a "TM." capacity.
        await Expect(page.GetByLabel("Cơ quan ban hành")).ToHaveValueAsync(((int)IssuerKind.Party).ToString());
        await Expect(page.GetByLabel("Thẩm quyền ký")).ToHaveValueAsync("");
        await page.GetByLabel("Cơ quan ban hành").SelectOptionAsync(new SelectOptionValue { Label = IssuerKind.State.Label() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Điền lại theo cơ quan này" }).ClickAsync();
        await Expect(page.GetByLabel("Thẩm quyền ký")).ToHaveValueAsync("");

        await page.GetByLabel("Số văn bản").FillAsync("07");
        await page.GetByLabel("Ngày ban hành").FillAsync("05/07/2022");
        await page.GetByLabel("Họ tên người ký").FillAsync("Nguyễn Văn Ký");
        await page.GetByLabel("Nơi nhận (mỗi dòng một nơi)").FillAsync("Thường trực Thị ủy Kỳ Anh (để báo cáo)\nCác tổ dân phố");
        await session.ScreenshotAsync("export-form");
        var lines = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Tải văn bản (.docx)" }).ClickAsync());

        InOrder(lines, "UBND THỊ XÃ KỲ ANH", "ỦY BAN NHÂN DÂN PHƯỜNG KỲ PHƯƠNG", "Số: 07/BB-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kỳ Phương, ngày 05 tháng 7 năm 2022", "BIÊN BẢN",
            "THƯ KÝ", "CHỦ TRÌ", "Nguyễn Văn Ký",
            "- Thường trực Thị ủy Kỳ Anh (để báo cáo);", "- Các tổ dân phố;", "- Lưu: VT.");
        Assert.DoesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", lines);
        Assert.DoesNotContain("TM. ỦY BAN NHÂN DÂN", lines);
    }

    [Fact]
    public async Task An_administrator_uploads_a_units_own_template_a_bad_file_is_refused_beside_its_field_and_the_default_comes_back()
    {
        await using var session = await browser.OpenAsync(nameof(An_administrator_uploads_a_units_own_template_a_bad_file_is_refused_beside_its_field_and_the_default_comes_back));
        var page = session.Page;
        await page.SignInAsync("quantri@demo.local");
        await OpenConferenceHeldOnAsync(page, "06/04/2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xuất văn bản" }).ClickAsync();
        var exportForm = page.Url;

        await page.GotoAsync("/Units?Q=" + Uri.EscapeDataString("Hồng Lĩnh"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Thị xã Hồng Lĩnh", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mẫu văn bản" }).ClickAsync();

        await page.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Label = DocumentKind.Minutes.Label() });
        await page.GetByLabel("Cơ quan ban hành").SelectOptionAsync(new SelectOptionValue { Label = IssuerKind.State.Label() });
        await page.GetByLabel("Tệp mẫu (.docx)").SetInputFilesAsync(new FilePayload
        {
            Name = "mau-loi.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = "không phải Word"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Thay mẫu" }).ClickAsync();
        var file = page.GetByLabel("Tệp mẫu (.docx)");
        await Expect(file).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#template-file-error")).ToContainTextAsync("Tệp");
        // The choices stay as made, so only the file is picked again.
        await Expect(page.GetByLabel("Cơ quan ban hành")).ToHaveValueAsync(nameof(IssuerKind.State));
        await session.ScreenshotAsync("bad-template");

        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "mau-hong-linh.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = OwnTemplate(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Thay mẫu" }).ClickAsync();
        await Expect(page.GetByText("Đã thay mẫu bien-ban-nha-nuoc.docx của Thị xã Hồng Lĩnh.")).ToBeVisibleAsync();
        await Expect(page.Locator("tr", new() { HasText = "bien-ban-nha-nuoc.docx" })).ToContainTextAsync("Mẫu riêng của đơn vị");
        var templates = page.Url;

        await page.GotoAsync(exportForm);
        await page.GetByLabel("Cơ quan ban hành").SelectOptionAsync(new SelectOptionValue { Label = IssuerKind.State.Label() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Điền lại theo cơ quan này" }).ClickAsync();
        var own = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Tải văn bản (.docx)" }).ClickAsync());
        InOrder(own, OwnLetterhead, "ỦY BAN NHÂN DÂN THỊ XÃ HỒNG LĨNH", "Hồng Lĩnh, ngày 06 tháng 4 năm 2023", "BIÊN BẢN");

        await page.GotoAsync(templates);
        await page.Locator("tr", new() { HasText = "bien-ban-nha-nuoc.docx" }).GetByRole(AriaRole.Button, new() { Name = "Dùng lại mẫu chung" }).ClickAsync();
        await Expect(page.GetByText("Đã trở lại mẫu chung bien-ban-nha-nuoc.docx.")).ToBeVisibleAsync();
        await page.GotoAsync(exportForm + "?IssuerKind=State");
        var common = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Tải văn bản (.docx)" }).ClickAsync());
        Assert.DoesNotContain(OwnLetterhead, common);
        InOrder(common, "ỦY BAN NHÂN DÂN THỊ XÃ HỒNG LĨNH", "Hồng Lĩnh, ngày 06 tháng 4 năm 2023", "BIÊN BẢN");
    }

    /// <summary>The repository's minutes template with one more line above the header: an office's own letterhead.</summary>
    private static byte[] OwnTemplate()
    {
        using var stream = new MemoryStream();
        stream.Write(DocumentTemplates.Default(DocumentKind.Minutes, IssuerKind.State));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            body.PrependChild(new Paragraph(new Run(new Text(OwnLetterhead))));
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task A_leaders_report_is_the_party_committees_and_the_picker_gives_it_to_the_front_or_the_peoples_committee()
    {
        await using var session = await browser.OpenAsync(nameof(A_leaders_report_is_the_party_committees_and_the_picker_gives_it_to_the_front_or_the_peoples_committee));
        var page = session.Page;
        await page.SignInAsync("lanhdao.kyanh@demo.local");
        await page.GotoAsync("/Reports");
        var report = page.Locator("article.report-page");
        await Expect(report).ToContainTextAsync("ĐẢNG CỘNG SẢN VIỆT NAM");
        await Expect(report).ToContainTextAsync("THỊ ỦY KỲ ANH");
        await Expect(report).ToContainTextAsync("T/M BAN THƯỜNG VỤ");
        var party = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Tải Word" }).ClickAsync());
        InOrder(party, "ĐẢNG BỘ TỈNH HÀ TĨNH", "THỊ ỦY KỲ ANH", "*", "Số ……-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Nơi nhận:", "T/M BAN THƯỜNG VỤ");

        await page.GetByLabel("Cơ quan ban hành báo cáo").SelectOptionAsync(new SelectOptionValue { Label = IssuerKind.Front.Label() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi cơ quan ban hành" }).ClickAsync();
        await Expect(report).ToContainTextAsync("TM. BAN THƯỜNG TRỰC");
        await session.ScreenshotAsync("front-report");
        var front = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Tải Word" }).ClickAsync());
        InOrder(front, "ỦY BAN MTTQ VIỆT NAM THỊ XÃ KỲ ANH", "BAN THƯỜNG TRỰC", "Số: ……/BC-MTTQ-BTT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Nơi nhận:", "TM. BAN THƯỜNG TRỰC");

        await page.GetByLabel("Cơ quan ban hành báo cáo").SelectOptionAsync(new SelectOptionValue { Label = IssuerKind.State.Label() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi cơ quan ban hành" }).ClickAsync();
        await Expect(report).ToContainTextAsync("TM. ỦY BAN NHÂN DÂN");
        var state = await DownloadedLinesAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Tải Word" }).ClickAsync());
        InOrder(state, "UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH", "Số: ……/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "BÁO CÁO", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN");
        Assert.DoesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", state);
    }
}
