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
        return MinutesDocument.Create(c, await HeadingAsync(conference, c, input), templates.For(conference.UnitId, DocumentKind.Minutes, input.IssuerKind));
    }

    /// <summary>The header and closing of the minutes, for the Word file and the print view alike.</summary>
    public async Task<OfficialDocument> HeadingAsync(Conference conference, ConferenceDetails c, ExportInput? input = null)
    {
        input ??= await DefaultsAsync(conference, c);
        var issuer = await IssuerAsync(conference, c, input.IssuerKind);
        return new OfficialDocument(issuer, DocumentKind.Minutes, input.Number, input.IssuedOn ?? (c.Record.HeldOnUnknown ? null : c.HeldOn), c.Title,
            input.Capacity, input.SignerPosition, input.SignerName, input.RecipientList, c.InRole(ParticipantRole.Secretary).FirstOrDefault()?.Name)
        {
            UndatedYear = UndatedYear(c),
        };
    }

    /// <summary>
    /// A briefing known by its period alone is dated by hand; its year is sure when the period ends before December
    /// (quý I/2023 is reviewed in 2023), not when it ends with the year: that review is often held in January.
    /// </summary>
    private static int? UndatedYear(ConferenceDetails c) => c.HeldOn.Month < 12 ? c.HeldOn.Year : null;

    private async Task<Issuer> IssuerAsync(Conference conference, ConferenceDetails c, IssuerKind kind) =>
        await issuers.ForAsync(kind, conference.UnitId, c.UnitName, await issuers.OrganizationKindAsync(conference.OrganizerId), c.Organizer);
}

/// <summary>The print view: the minutes and the official header and closing they are printed with.</summary>
public sealed record MinutesPrintPage(ConferenceDetails Minutes, OfficialDocument Heading);
