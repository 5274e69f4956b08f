using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Calendar;

/// <summary>The announcement of a conference (kept by its office) and the public calendar drawn from the published ones.</summary>
public sealed class CalendarService(AppDbContext db, TimeProvider clock)
{
    public const int MaxEntries = 200;

    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<AnnouncementForm> FormAsync(Conference conference, AnnouncementInput? typed = null)
    {
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.ConferenceId == conference.Id);
        var unit = await db.Units.Where(u => u.Id == conference.UnitId).Select(u => u.Name).FirstAsync();
        var input = typed ?? new AnnouncementInput
        {
            Topic = announcement?.Topic ?? conference.Title, Answerers = announcement?.Answerers,
            IsPublished = announcement?.IsPublished ?? false, TakesQuestions = announcement?.TakesQuestions ?? false,
        };
        return new AnnouncementForm(conference.Id, conference.Title, conference.HeldOn, conference.StartsAt, conference.Place, unit, input);
    }

    /// <summary>Creates or changes the conference's announcement; the first publication stamps its time.</summary>
    public async Task SaveAsync(Conference conference, AnnouncementInput input)
    {
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.ConferenceId == conference.Id);
        if (announcement is null)
            db.Announcements.Add(announcement = new ConferenceAnnouncement { ConferenceId = conference.Id, UnitId = conference.UnitId });
        announcement.Topic = input.Topic!.Trim();
        announcement.Answerers = input.Answerers!.Trim();
        announcement.IsPublished = input.IsPublished;
        announcement.TakesQuestions = input.TakesQuestions;
        if (input.IsPublished) announcement.PublishedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    /// <summary>Published announcements of conferences from today on, soonest first.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> UpcomingAsync() =>
        await Entries(db.Announcements.Where(a => a.Conference!.HeldOn >= Today)
            .OrderBy(a => a.Conference!.HeldOn).ThenBy(a => a.Conference!.StartsAt).Take(MaxEntries)).ToListAsync();

    /// <summary>One published announcement, past or coming, or null.</summary>
    public async Task<CalendarEntry?> EntryAsync(int conferenceId) =>
        await Entries(db.Announcements.Where(a => a.ConferenceId == conferenceId)).FirstOrDefaultAsync();

    private IQueryable<CalendarEntry> Entries(IQueryable<ConferenceAnnouncement> announcements) => announcements.AsNoTracking()
        .Where(a => a.IsPublished && db.Conferences.Any(c => c.Id == a.ConferenceId))
        .Select(a => new CalendarEntry(a.ConferenceId, a.Conference!.Title, a.Conference.HeldOn, a.Conference.StartsAt, a.Conference.Place,
            a.Unit!.Name, a.Topic, a.Answerers, a.TakesQuestions, a.PublishedAtUtc));
}
