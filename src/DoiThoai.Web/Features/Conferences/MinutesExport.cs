using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// The minutes' Word file for a chosen issuer, or for the one the organizing body implies (a Party committee's
/// conference is minuted by the Party committee; a body whose kind does not say falls back to the People's Committee).
/// </summary>
public sealed class MinutesExport(DocumentIssuers issuers, DocumentTemplates templates)
{
    public async Task<ExportInput> DefaultsAsync(Conference conference, ConferenceDetails c, IssuerKind? chosen = null)
    {
        var issuer = await IssuerAsync(conference, c, chosen ?? Issuers.KindOf(await issuers.OrganizationKindAsync(conference.OrganizerId)) ?? IssuerKind.State);
        var chair = c.InRole(ParticipantRole.Chair).FirstOrDefault();
        return ExportInput.For(issuer, DocumentKind.Minutes, chair?.Name, null);
    }

    public async Task<byte[]> CreateAsync(Conference conference, ConferenceDetails c, ExportInput? input = null)
    {
        input ??= await DefaultsAsync(conference, c);
        var issuer = await IssuerAsync(conference, c, input.IssuerKind);
        var heading = new OfficialDocument(issuer, DocumentKind.Minutes, input.Number, c.HeldOn, c.Title, input.Capacity,
            input.SignerPosition, input.SignerName, input.RecipientList, c.InRole(ParticipantRole.Secretary).FirstOrDefault()?.Name);
        return MinutesDocument.Create(c, heading, templates.For(conference.UnitId, DocumentKind.Minutes, input.IssuerKind));
    }

    private async Task<Issuer> IssuerAsync(Conference conference, ConferenceDetails c, IssuerKind kind) =>
        await issuers.ForAsync(kind, conference.UnitId, c.UnitName, await issuers.OrganizationKindAsync(conference.OrganizerId), c.Organizer);
}
