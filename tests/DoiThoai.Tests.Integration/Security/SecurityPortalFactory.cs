using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Domain.Plans;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Security;

/// <summary>The kinds of record an endpoint's id can name; each is looked up in the seeded database.</summary>
public enum RecordKind
{
    Unit,
    Organization,
    Conference,
    Petition,
    Person,
    Topic,
    AnswerTemplate,
    LegalBasis,
    FollowUp,
    Attachment,
    Plan,
    PlanEntry,
    NewsPost,
    NewsComment,
    NewsPoll,
}

/// <summary>
/// The portal for the security suites: background scans and counter flushes pushed out of the run (so the
/// database changes only through the requests under test), the comment limit lifted (so a fuzzed comment
/// form reaches validation), and the records the demo data lacks in some units (answer templates, a plan,
/// news, attachments, an editor of Thanh Bình) added, so every kind of record exists in both provinces.
/// </summary>
public class SecurityPortalFactory : PortalFactory
{
    /// <summary>An editor of another province, for the news desk's wrong-ward checks (ward staff are refused there by role).</summary>
    public const string ThanhBinhEditor = "bientap.thanhbinh@test.local";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _prepared;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notices:FirstScanSeconds"] = "86400",
        ["Notices:ScanMinutes"] = "100000",
        ["News:FlushSeconds"] = "86400",
        ["News:CommentsPerIpPer10Minutes"] = "1000000",
    };

    /// <summary>Starts the portal and adds the extra records once.</summary>
    public async Task PrepareAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_prepared) return;
            CreateClient().Dispose();
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var units = await db.Units.IgnoreQueryFilters().ToDictionaryAsync(u => u.Code);

            if (await users.FindByEmailAsync(ThanhBinhEditor) is null)
            {
                var editor = new AppUser
                {
                    UserName = ThanhBinhEditor, Email = ThanhBinhEditor, EmailConfirmed = true, FullName = "Biên tập viên phường Thanh Bình",
                    UnitId = units["NB-NB-TB"].Id, CreatedAtUtc = DateTime.UtcNow,
                };
                Check(await users.CreateAsync(editor, DemoDataSeeder.DemoPassword));
                Check(await users.AddToRoleAsync(editor, Roles.Editor));
            }

            foreach (var code in new[] { "HT-KA-KPH", "HT-KA", "HT-HL", "NB-NB-TB" })
            {
                var unitId = units[code].Id;
                db.AnswerTemplates.Add(new AnswerTemplate { UnitId = unitId, Title = $"Mẫu kiểm thử {code}", Body = "Trả lời {người nêu}: {nội dung}." });
                db.LegalBases.Add(new LegalBasis { UnitId = unitId, Number = $"KT-{code}", IssuingBody = $"Đơn vị {code}", Title = "Văn bản kiểm thử" });
                db.DialoguePlans.Add(new DialoguePlan
                {
                    UnitId = unitId, Year = 2031, DocumentNumber = $"KH-{code}",
                    Entries = [new PlanEntry { UnitId = unitId, Month = 5, Topic = "Đối thoại kiểm thử", LeadBy = "Chủ tịch UBND" }],
                });
                var now = DateTime.UtcNow;
                var post = new NewsPost
                {
                    UnitId = unitId, Title = $"Tin kiểm thử {code}", Slug = $"tin-kiem-thu-{code.ToLowerInvariant()}", Lead = "Tóm tắt.",
                    BodyHtml = "<p>Nội dung.</p>", AuthorLine = "Biên tập", Category = NewsCategory.Announcements,
                    State = NewsPostState.Published, PublishAtUtc = now.AddDays(-1), CreatedAtUtc = now, UpdatedAtUtc = now,
                };
                post.RefreshSearchText();
                db.NewsPosts.Add(post);
                db.NewsComments.Add(new NewsComment { NewsPost = post, UnitId = unitId, AuthorName = "Bạn đọc", Text = "Ý kiến.", CreatedAtUtc = now });
                db.NewsPolls.Add(new NewsPoll { UnitId = unitId, Question = $"Khảo sát {code}?", CreatedAtUtc = now, Options = [new() { Text = "Có" }, new() { Text = "Không" }] });
            }
            await db.SaveChangesAsync();

            // An attachment on one item of each province (the file itself is not needed to test who may ask for it).
            var paths = units.Values.ToDictionary(u => u.Id, u => u.Path);
            var items = await db.FollowUps.IgnoreQueryFilters().Select(f => new { f.Id, f.UnitId, f.ResponsibleUnitId }).ToListAsync();
            foreach (var code in new[] { "HT-KA-KPH", "HT-HL", "NB-NB-TB" })
            {
                var item = items.FirstOrDefault(i => paths[i.UnitId].StartsWith(units[code].Path, StringComparison.Ordinal)
                    && (i.ResponsibleUnitId is not { } r || paths[r].StartsWith(units[code].Path, StringComparison.Ordinal)));
                if (item is null) continue;
                var evt = new FollowUpEvent
                {
                    FollowUpItemId = item.Id, Kind = FollowUpEventKind.Progress, Text = "Tiến độ kiểm thử", Percent = 10,
                    AtUtc = DateTime.UtcNow, UserName = "kiểm thử",
                };
                evt.Attachments.Add(new FollowUpAttachment
                {
                    FollowUpItemId = item.Id, FileName = "bao-cao.pdf", ContentType = "application/pdf", Length = 10,
                    StoredName = Guid.NewGuid().ToString("N") + ".pdf", UploadedAtUtc = DateTime.UtcNow,
                });
                db.FollowUpEvents.Add(evt);
            }
            await db.SaveChangesAsync();
            _prepared = true;
        }
        finally
        {
            _gate.Release();
        }

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// The id of a record of <paramref name="kind"/> lying wholly inside the subtree of unit <paramref name="unitCode"/>
    /// (for a follow-up item: its unit and its responsible body's unit both), or null when the database has none.
    /// </summary>
    public Task<long?> IdWithinAsync(RecordKind kind, string unitCode) => WithDbAsync(async db =>
    {
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Code, u.Path }).ToListAsync();
        var root = units.Single(u => u.Code == unitCode).Path;
        var paths = units.ToDictionary(u => u.Id, u => u.Path);
        bool Inside(int? unitId) => unitId is not { } id || paths[id].StartsWith(root, StringComparison.Ordinal);

        IEnumerable<(long Id, int UnitId, int? Other)> rows = kind switch
        {
            RecordKind.Unit => units.Where(u => u.Code == unitCode).Select(u => ((long)u.Id, u.Id, (int?)null)),
            RecordKind.Organization => (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.Conference => (await db.Conferences.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.Petition => (await db.Petitions.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.Person => (await db.People.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.Topic => (await db.Topics.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.LegalBasis => (await db.LegalBases.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.AnswerTemplate => (await db.AnswerTemplates.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.FollowUp => (await db.FollowUps.AsNoTracking().Select(o => new { o.Id, o.UnitId, o.ResponsibleUnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, r.ResponsibleUnitId)),
            RecordKind.Attachment => (await db.FollowUpAttachments.AsNoTracking()
                .Join(db.FollowUps, a => a.FollowUpItemId, f => f.Id, (a, f) => new { a.Id, f.UnitId, f.ResponsibleUnitId }).ToListAsync())
                .Select(r => (r.Id, r.UnitId, r.ResponsibleUnitId)),
            RecordKind.Plan => (await db.DialoguePlans.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.PlanEntry => (await db.PlanEntries.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.NewsPost => (await db.NewsPosts.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.NewsComment => (await db.NewsComments.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            RecordKind.NewsPoll => (await db.NewsPolls.AsNoTracking().Select(o => new { o.Id, o.UnitId }).ToListAsync()).Select(r => ((long)r.Id, r.UnitId, (int?)null)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return rows.Where(r => Inside(r.UnitId) && Inside(r.Other)).Select(r => (long?)r.Id).OrderBy(id => id).FirstOrDefault();
    });

    /// <summary>The id of a demo account, for the administrators' account pages.</summary>
    public Task<long> UserIdAsync(string email) =>
        WithDbAsync(async db => (long)await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
