using System.Net;
using System.Text;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>The portal with its uploads in the test's own folder and a small size limit.</summary>
public class AttachmentsFactory : PortalFactory
{
    public const int MaxFileBytes = 4096;
    public string StorageFolder => Path.Combine(Folder, "files");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Folder"] = StorageFolder,
        ["Storage:MaxFileBytes"] = MaxFileBytes.ToString(),
    };
}

public class AttachmentsTests(AttachmentsFactory factory) : IClassFixture<AttachmentsFactory>
{
    // A conclusion item of Kỳ Phương that the seed assigns to the ward's Front committee.
    private const string ItemStart = "Mặt trận và các đoàn thể xây dựng kế hoạch thực hiện Nghị quyết 09";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private Task<FollowUpItem> ItemAsync() => factory.WithDbAsync(db =>
        db.FollowUps.AsNoTracking().SingleAsync(f => f.ConclusionItem != null && f.ConclusionItem.Content.StartsWith(ItemStart)));

    private int StoredFileCount() => Directory.Exists(factory.StorageFolder) ? Directory.GetFiles(factory.StorageFolder).Length : 0;

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, params (string Name, byte[] Content)[] files)
    {
        var item = await ItemAsync();
        var token = await client.GetAntiforgeryTokenAsync($"/FollowUps/Details/{item.Id}");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(item.Version.ToString()), "Progress.Version" },
            { new StringContent(text), "Progress.Text" },
            { new StringContent("30"), "Progress.Percent" },
        };
        foreach (var (name, content) in files)
            form.Add(new ByteArrayContent(content) { Headers = { { "Content-Type", "application/pdf" } } }, "Progress.Files", name);
        return await client.PostAsync($"/FollowUps/Progress/{item.Id}", form);
    }

    [Fact]
    public async Task A_document_is_kept_outside_the_web_root_under_a_clean_name_and_served_only_in_scope()
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var response = await UploadAsync(ward, "Đã gửi kế hoạch của các đoàn thể.", ("../../x.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var item = await ItemAsync();
        var attachment = await factory.WithDbAsync(db => db.FollowUpAttachments.SingleAsync(a => a.FollowUpItemId == item.Id && a.FileName == "x.pdf"));
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.True(File.Exists(Path.Combine(factory.StorageFolder, attachment.StoredName)));
        Assert.False(File.Exists(Path.Combine(factory.Folder, "x.pdf")));
        Assert.DoesNotContain("x.pdf", attachment.StoredName);

        var page = WebUtility.HtmlDecode(await ward.GetStringAsync($"/FollowUps/Details/{item.Id}"));
        Assert.Contains($"/FollowUps/Attachment/{attachment.Id}", page);

        var download = await ward.GetAsync($"/FollowUps/Attachment/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("x.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/FollowUps/Attachment/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync("/FollowUps/Attachment/987654")).StatusCode);
    }

    [Theory]
    [InlineData("bao-cao.pdf", "MZ-program", "không phải PDF")]
    [InlineData("anh.jpg", "<svg onload=alert(1)>", "không phải PDF")]
    [InlineData("rong.pdf", "", "rỗng")]
    [InlineData("qua-lon.pdf", "%PDF-big", "lớn hơn")]
    public async Task A_bad_file_saves_nothing_and_keeps_what_was_typed(string name, string content, string message)
    {
        var bytes = content == "%PDF-big" ? [.. Pdf, .. new byte[AttachmentsFactory.MaxFileBytes]] : Encoding.ASCII.GetBytes(content);
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var before = await ItemAsync();
        var eventsBefore = await factory.WithDbAsync(db => db.FollowUpEvents.CountAsync(e => e.FollowUpItemId == before.Id));
        var filesBefore = StoredFileCount();

        var response = await UploadAsync(ward, "Nội dung cập nhật cần giữ lại", ("tot.pdf", Pdf), (name, bytes));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains("Nội dung cập nhật cần giữ lại", html);
        Assert.Equal(eventsBefore, await factory.WithDbAsync(db => db.FollowUpEvents.CountAsync(e => e.FollowUpItemId == before.Id)));
        Assert.Equal(before.Version, (await ItemAsync()).Version);
        Assert.Equal(filesBefore, StoredFileCount());
    }

    [Fact]
    public async Task A_stale_update_leaves_no_file_behind()
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var item = await ItemAsync();
        var token = await ward.GetAntiforgeryTokenAsync($"/FollowUps/Details/{item.Id}");
        var filesBefore = StoredFileCount();
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Guid.NewGuid().ToString()), "Progress.Version" },
            { new StringContent("Bản cũ"), "Progress.Text" },
            { new StringContent("50"), "Progress.Percent" },
            { new ByteArrayContent(Pdf), "Progress.Files", "cu.pdf" },
        };
        var response = await ward.PostAsync($"/FollowUps/Progress/{item.Id}", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(filesBefore, StoredFileCount());
    }
}
