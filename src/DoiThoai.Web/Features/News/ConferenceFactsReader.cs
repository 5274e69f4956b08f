using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.News;
using DoiThoai.Web.Features.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.News;

/// <summary>
/// The facts a post is written from, read through the conference page's own reading (<see cref="ConferenceService.DetailsAsync"/>),
/// so the draft names what the page names: final minutes their cited names, drafts the catalogue as it is.
/// </summary>
public sealed class ConferenceFactsReader(ConferenceService conferences)
{
    /// <summary>The facts of a conference among <paramref name="allowed"/>, with its unit; null when it is not among them.</summary>
    public async Task<(ConferenceFacts Facts, int UnitId)?> ReadAsync(IQueryable<Conference> allowed, int conferenceId)
    {
        var unitId = await allowed.Where(c => c.Id == conferenceId).Select(c => (int?)c.UnitId).FirstOrDefaultAsync();
        if (unitId is null || await conferences.DetailsAsync(conferenceId) is not { } details) return null;
        return (FactsOf(details), unitId.Value);
    }

    public static ConferenceFacts FactsOf(ConferenceDetails d)
    {
        static string Line(string name, string? position) => string.IsNullOrWhiteSpace(position) ? name : $"{name} – {position}";
        return new ConferenceFacts(d.Kind, d.Title, d.HeldOn, d.Place, d.Organizer, d.UnitName,
            d.InRole(ParticipantRole.Chair).Select(p => Line(p.Name, p.Position)).ToList(),
            d.InRole(ParticipantRole.DirectingGuest).Select(p => Line(p.Name, p.Position)).ToList(),
            d.Organizations, d.OpinionCount, d.PetitionCount,
            d.Petitions.Where(p => p.Topic is not null).Select(p => p.Topic!).Distinct().ToList(),
            d.ConclusionText, d.ConclusionItems.Count)
        {
            Purpose = d.Summary,
            LegalBases = d.LegalBases,
            Speeches = d.Speeches.Select(s => new SpeechFact(s.Kind, s.Speaker is null ? null : Line(s.Speaker, s.Position), s.Organization, s.Summary)).ToList(),
            Petitions = d.Petitions.Select(p => new PetitionFact(p.Kind, p.Content, p.RaisedBy, p.Answer, p.AnsweredBy)).ToList(),
            ConclusionItems = d.ConclusionItems.Select(i => new ConclusionFact(i.Content, i.Responsible, i.Deadline)).ToList(),
        };
    }
}
