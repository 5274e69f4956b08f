using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>
/// A content item split from a petition is shown by its own text wherever it is listed, not by the whole petition
/// (the notices list and the public page of answers once read the petition's text).
/// </summary>
public class SplitItemTextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string OwnPart = "Sửa mái che nhà văn hóa tổ dân phố số 3";
    private const string OtherPart = "Lắp đèn chiếu sáng đường vào khu dân cư";

    [Fact]
    public async Task A_split_item_shows_its_own_text_in_the_notices_and_on_the_public_page_of_answers()
    {
        var (itemId, version, wholePetition) = await factory.WithDbAsync(db => db.FollowUps.AsNoTracking()
            .Where(f => f.ContentText == null && f.Petition != null && f.Petition.Content.StartsWith("Nguồn kinh phí hoạt động"))
            .Select(f => ValueTuple.Create(f.Id, f.Version, f.Petition!.Content)).SingleAsync());
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var split = await ward.PostFormAsync("/FollowUps", $"/FollowUps/Split/{itemId}",
            [new("Split.Version", version.ToString()), new("Split.Lines", $"{OwnPart}\n{OtherPart}")]);
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);

        // The kept part falls overdue (a notice) and is answered and published.
        await factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == itemId);
            Assert.Equal(OwnPart, item.ContentText);
            (item.State, item.Result, item.IsPublic, item.PublishedAtUtc) = (FollowUpState.Resolved, "Đã lợp lại mái che.", true, DateTime.UtcNow);
            db.FollowUpNotices.Add(new FollowUpNotice
            {
                FollowUpItemId = itemId, Kind = NoticeKind.Overdue, Deadline = new DateOnly(2026, 1, 15), CreatedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var notices = WebUtility.HtmlDecode(await ward.GetStringAsync("/Notices"));
        Assert.Contains($"/FollowUps/Details/{itemId}\">{OwnPart}</a>", notices);
        Assert.DoesNotContain(wholePetition, notices);

        var answers = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/kien-nghi"));
        Assert.Contains(OwnPart, answers);
        Assert.Contains("Đã lợp lại mái che.", answers);
        Assert.DoesNotContain(wholePetition, answers);
        Assert.DoesNotContain(OtherPart, answers);
    }
}
