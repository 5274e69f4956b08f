using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>
/// The minutes' cited figures, results and limitations (ADR 0020). Called only after the controller has authorized an
/// update of the conference; each write passes the finality gate first, like every other row of the minutes.
/// </summary>
public sealed class MinutesRecord(AppDbContext db, AmendmentInterceptor amendments)
{
    public const string Section = "record";

    public async Task AddCitedFigureAsync(Conference conference, CitedFigureInput input)
    {
        amendments.EnsureAdmitted(conference);
        db.CitedFigures.Add(new CitedFigure
        {
            ConferenceId = conference.Id, UnitId = conference.UnitId, Count = input.Count!.Value, What = input.What.Trim(),
            Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim(),
            Order = await NextOrderAsync(db.CitedFigures.Where(f => f.ConferenceId == conference.Id).Select(f => f.Order)),
        });
        await db.SaveChangesAsync();
    }

    public async Task AddFindingAsync(Conference conference, FindingInput input)
    {
        amendments.EnsureAdmitted(conference);
        var findings = await db.MinutesFindings.Where(f => f.ConferenceId == conference.Id).ToListAsync();
        var finding = new MinutesFinding
        {
            ConferenceId = conference.Id, UnitId = conference.UnitId, Kind = input.Kind!.Value, Content = input.Content.Trim(),
            Figure = string.IsNullOrWhiteSpace(input.Figure) ? null : input.Figure.Trim(),
            Order = findings.Select(f => f.Order).DefaultIfEmpty().Max() + 1,
        };
        db.MinutesFindings.Add(finding);
        conference.KeepFindingsText(findings.Append(finding));
        await db.SaveChangesAsync();
    }

    /// <summary>Removes a cited figure or a finding of this conference (soft delete); false when it has no such row.</summary>
    public async Task<bool> RemoveAsync(Conference conference, int partId, bool finding)
    {
        amendments.EnsureAdmitted(conference);
        if (finding)
        {
            var findings = await db.MinutesFindings.Where(f => f.ConferenceId == conference.Id).ToListAsync();
            if (findings.FirstOrDefault(f => f.Id == partId) is not { } removed) return false;
            db.MinutesFindings.Remove(removed);
            conference.KeepFindingsText(findings.Where(f => f.Id != partId));
        }
        else
        {
            if (await db.CitedFigures.FirstOrDefaultAsync(f => f.Id == partId && f.ConferenceId == conference.Id) is not { } removed) return false;
            db.CitedFigures.Remove(removed);
        }
        await db.SaveChangesAsync();
        return true;
    }

    private static async Task<int> NextOrderAsync(IQueryable<int> orders) => (await orders.MaxAsync(o => (int?)o) ?? 0) + 1;
}
