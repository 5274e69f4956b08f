using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Lookup;

/// <summary>
/// Issue 18's rules at the public and staff doors, beside <see cref="LookupTests"/>: no public page shows a raiser's
/// name, contacts or the internal notes; codes are not in the order of the rows; a verdict needs an answer; only the
/// Front of the item's scope decides on an unsettled verdict.
/// </summary>
public class PeoplesSideRulesTests(PeopleFactory factory) : IClassFixture<PeopleFactory>
{
    private const string Name = "Phạm Thị Riêng Tư";
    private const string Email = "rieng.tu@example.vn";
    private const string Phone = "0987654321";
    private const string SenderName = "Đỗ Văn Người Gửi";
    private const string Note = "Ghi chú nội bộ không công khai";

    [Fact]
    public async Task The_public_answers_page_and_the_lookup_never_show_a_raisers_name_contacts_or_internal_notes()
    {
        var item = await factory.ItemAsync("Nguồn kinh phí hoạt động");
        await factory.WithDbAsync(async db =>
        {
            var petition = await db.Petitions.SingleAsync(p => p.Id == item.PetitionId);
            petition.RaisedByPerson = new Person { FullName = Name, UnitId = petition.UnitId };
            petition.RaiserEmail = Email;
            db.SentQuestions.Add(new SentQuestion
            {
                UnitId = petition.UnitId, ConferenceId = petition.ConferenceId, PetitionId = petition.Id, SenderName = SenderName,
                ResidentialGroup = "Tổ dân phố 7", Email = Email, Phone = Phone, Topic = "Kinh phí", Content = "Hỏi về kinh phí các chi hội.",
                ConsentedPurpose = SentQuestion.Purpose, SentAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        const string answer = "Phường đã cân đối kinh phí cho các chi hội từ quý IV.";
        await factory.AnswerAsync(item.Id, answer, Note);
        await factory.WithDbAsync(async db =>
        {
            var answered = await db.FollowUps.SingleAsync(f => f.Id == item.Id);
            Assert.Null(answered.Publish(true, new Stamp(DateTime.UtcNow, null, "Cán bộ phường")));
            return await db.SaveChangesAsync();
        });

        var reader = factory.CreateReaderAt("10.3.0.1");
        var pages = new[] { "/kien-nghi", "/kien-nghi?Q=kinh+phí", $"/tra-cuu?ma={item.Petition!.Code}", $"/tra-cuu?ma={item.Code}" };
        foreach (var address in pages)
        {
            var response = await reader.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await PeopleFactory.TextAsync(response);
            // The published answer is there, so the page did show the item.
            Assert.Contains(answer, html);
            foreach (var secret in new[] { Name, Email, Phone, SenderName, Note, "Cán bộ phường" })
                Assert.DoesNotContain(secret, html);
        }
    }

    [Fact]
    public async Task Codes_follow_no_order_of_the_rows_consecutive_rows_share_no_prefix_and_no_code_repeats()
    {
        var codes = await factory.WithDbAsync(async db =>
            (await db.Petitions.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Code!).ToListAsync())
            .Concat(await db.FollowUps.IgnoreQueryFilters().OrderBy(f => f.Id).Select(f => f.Code!).ToListAsync()).ToList());
        Assert.True(codes.Count > 20, $"The demo should hold enough petitions and items to compare their codes ({codes.Count}).");
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Drawn codes: two neighbours share their first two characters once in 961 pairs; codes counted up from an id
        // or a date would share them almost always.
        var pairs = codes.Zip(codes.Skip(1)).Count(p => p.First[..2] == p.Second[..2]);
        Assert.True(pairs <= 1 + codes.Count / 20, $"{pairs} of {codes.Count} neighbouring codes share a prefix.");
        // Sorted by code, the rows come in no order of their ids.
        Assert.NotEqual(codes.Take(20).Order(StringComparer.Ordinal), codes.Take(20));
    }

    [Fact]
    public async Task A_verdict_on_an_item_not_answered_yet_is_refused_and_nothing_is_recorded()
    {
        var item = await factory.ItemAsync("Khó khăn về nhân sự ban chấp hành");
        Assert.False(FollowUpStateMachine.IsAnswered(item.State));
        var reader = factory.CreateReaderAt("10.3.0.2");
        var page = await PeopleFactory.TextAsync(await reader.GetAsync($"/tra-cuu?ma={item.Code}"));
        Assert.DoesNotContain("name=\"Verdict\"", page);

        var sent = await factory.PostVerdictAsync(reader, item.Code!, item.Code!, nameof(RaiserVerdict.Settled), "Thử đánh giá trước.");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        var after = await factory.ItemAsync("Khó khăn về nhân sự ban chấp hành");
        Assert.Null(after.Verdict);
        Assert.Null(after.VerdictComment);
    }

    [Fact]
    public async Task Only_the_Front_in_the_items_scope_reopens_or_closes_after_an_unsettled_verdict()
    {
        var item = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        await factory.AnswerAsync(item.Id, "Phường bố trí hội trường cho chi hội.", "Nội bộ");
        const string comment = "Chi hội vẫn chưa có chỗ họp riêng.";
        var verdict = await factory.PostVerdictAsync(factory.CreateReaderAt("10.3.0.3"), item.Code!, item.Code!, nameof(RaiserVerdict.NotSettled), comment);
        Assert.Equal(HttpStatusCode.Redirect, verdict.StatusCode);
        var waiting = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        Assert.True(waiting.AwaitsFrontDecision);

        // The Front of a sibling ward of the same district, and a ward of another province.
        var siblingFront = await CreateUserAsync(Web.Authorization.Roles.FrontStaff, async db =>
        {
            var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            return await db.Units.Where(u => u.ParentId == ward.ParentId && u.Id != ward.Id).Select(u => u.Id).FirstAsync();
        });
        var outsiders = new[] { await factory.SignedInClientAsync(siblingFront, Password), await factory.SignedInClientAsync(Demo.ThanhBinhWard) };
        foreach (var client in outsiders)
        {
            Assert.DoesNotContain(comment, await PeopleFactory.TextAsync(await client.GetAsync("/Verdicts")));
            foreach (var action in new[] { FollowUpAction.ReopenAfterVerdict, FollowUpAction.CloseAfterVerdict })
            {
                // Any staff page carries the sign-out form's token; the item's own page is not theirs to open.
                var refused = await client.PostFormAsync("/Dashboard", $"/FollowUps/Act/{item.Id}",
                    [new("Action", action.ToString()), new("Text", "Quyết định ngoài phạm vi."), new("Version", waiting.Version.ToString())]);
                Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
            }
        }
        var still = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        Assert.True(still.AwaitsFrontDecision);
        Assert.Equal(waiting.State, still.State);

        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        var closed = await front.PostFormAsync($"/FollowUps/Details/{item.Id}", $"/FollowUps/Act/{item.Id}",
            [new("Action", nameof(FollowUpAction.CloseAfterVerdict)), new("Text", "Mặt trận đánh giá phường đã làm hết khả năng."), new("Version", still.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var decided = await factory.ItemAsync("Việc tập hợp, thu hút hội viên");
        Assert.Equal(FollowUpState.Closed, decided.State);
        Assert.False(decided.AwaitsFrontDecision);
    }

    private const string Password = "một câu mật khẩu đủ dài cho thử nghiệm";

    private async Task<string> CreateUserAsync(string role, Func<Web.Data.AppDbContext, Task<int>> unitOf)
    {
        var email = $"mattran-{Guid.NewGuid():N}@demo.local";
        var unitId = await factory.WithDbAsync(unitOf);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "Cán bộ Mặt trận phường khác", UnitId = unitId }, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded);
        return email;
    }
}
