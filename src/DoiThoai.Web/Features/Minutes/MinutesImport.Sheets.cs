using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>Reading each sheet of the workbook into the inputs the entry forms take, and every error with its sheet, row and column.</summary>
public sealed partial class MinutesImport
{
    /// <summary>What a workbook would add, and why it cannot when it has errors.</summary>
    private sealed record ImportPlan(List<ImportError> Errors, List<ParticipantInput> People, List<OrganizationInput> Bodies,
        List<SpeechInput> Speeches, List<PetitionInput> Petitions, List<ConclusionItemInput> Items, List<CitedFigureInput> Cited,
        List<FindingInput> Findings, ConferenceInput? General);

    private async Task<ImportPlan> PlanAsync(Conference conference, Dictionary<string, List<SheetRow>> sheets)
    {
        var organizations = (await minutes.OptionsAsync(conference)).Organizations
            .GroupBy(o => VietnameseText.Fold(o.Text)).ToDictionary(g => g.Key, g => int.Parse(g.First().Value));
        var errors = new List<ImportError>();
        var (people, bodies) = await ParticipantsAsync(conference, sheets, organizations, errors);
        var speeches = Parse(sheets, SpeechSheet, SpeechColumns, errors, (row, fail) => new SpeechInput
        {
            Kind = KindOf<SpeechKind>(row[0], 0, fail),
            SpeakerName = Blank(row[1]),
            PositionHeld = Blank(row[2]),
            OrganizationId = Organization(row[3], 3, organizations, fail),
            Summary = row[4],
        }, new() { [nameof(SpeechInput.Kind)] = 0, [nameof(SpeechInput.SpeakerName)] = 1, [nameof(SpeechInput.PositionHeld)] = 2, [nameof(SpeechInput.Summary)] = 4 });
        var petitions = Parse(sheets, PetitionSheet, PetitionColumns, errors, (row, fail) => new PetitionInput
        {
            Kind = KindOf<PetitionKind>(row[0], 0, fail),
            Content = row[1],
            TopicName = Blank(row[2]),
            RaisedByName = Blank(row[3]),
            RaisedByOrganizationId = Organization(row[4], 4, organizations, fail),
            AddressedToId = Organization(row[5], 5, organizations, fail),
            OnTheSpotAnswer = Blank(row[6]),
            AnsweredByName = Blank(row[7]),
        }, new() { [nameof(PetitionInput.Kind)] = 0, [nameof(PetitionInput.Content)] = 1, [nameof(PetitionInput.TopicName)] = 2,
            [nameof(PetitionInput.RaisedByName)] = 3, [nameof(PetitionInput.OnTheSpotAnswer)] = 6, [nameof(PetitionInput.AnsweredByName)] = 7 });
        var items = Parse(sheets, ItemSheet, ItemColumns, errors, (row, fail) => new ConclusionItemInput
        {
            Content = row[0],
            ResponsibleOrganizationId = Organization(row[1], 1, organizations, fail),
            Deadline = Date(row[2], 2, fail),
            CoordinatorIds = Organizations(row[3], 3, organizations, fail),
        }, new() { [nameof(ConclusionItemInput.Content)] = 0 });
        var cited = Parse(sheets, CitedSheet, CitedColumns, errors, (row, fail) => new CitedFigureInput
        {
            Count = Whole(row[0], 0, fail), What = row[1], Source = Blank(row[2]),
        }, new() { [nameof(CitedFigureInput.Count)] = 0, [nameof(CitedFigureInput.What)] = 1, [nameof(CitedFigureInput.Source)] = 2 });
        var findings = Parse(sheets, FindingSheet, FindingColumns, errors, (row, fail) => new FindingInput
        {
            Kind = KindOf<FindingKind>(row[0], 0, fail), Content = row[1], Figure = Blank(row[2]),
        }, new() { [nameof(FindingInput.Kind)] = 0, [nameof(FindingInput.Content)] = 1, [nameof(FindingInput.Figure)] = 2 });
        var general = await GeneralAsync(conference, sheets, petitions, errors);
        return new ImportPlan(errors, people, bodies, speeches, petitions, items, cited, findings, general);
    }

    /// <summary>
    /// The participants sheet: a person in a role, or a body that took part. Those already in the minutes (the template lists
    /// them) are left as they are, so a template filled from a conference imports back without doubling anyone.
    /// </summary>
    private async Task<(List<ParticipantInput> People, List<OrganizationInput> Bodies)> ParticipantsAsync(Conference conference,
        Dictionary<string, List<SheetRow>> sheets, Dictionary<string, int> organizations, List<ImportError> errors)
    {
        var present = (await db.ConferenceParticipants.AsNoTracking().Where(p => p.ConferenceId == conference.Id)
                .Select(p => new { p.Role, p.Person!.FullName }).ToListAsync())
            .Select(p => (p.Role, VietnameseText.Fold(p.FullName))).ToHashSet();
        var presentBodies = (await db.ConferenceOrganizations.AsNoTracking().Where(o => o.ConferenceId == conference.Id)
            .Select(o => o.OrganizationId).ToListAsync()).ToHashSet();
        var bodies = new List<OrganizationInput>();
        var body = VietnameseText.Fold(BodyPart);
        var people = Parse(sheets, ParticipantSheet, ParticipantColumns, errors, (row, fail) =>
        {
            if (VietnameseText.Fold(row[0]) == body)
            {
                if (string.IsNullOrWhiteSpace(row[1])) fail(1, "Hãy nhập tên tổ chức tham dự.");
                else if (Organization(row[1], 1, organizations, fail) is { } id && presentBodies.Add(id)) bodies.Add(new OrganizationInput { OrganizationId = id });
                return null;
            }
            var role = KindOf<ParticipantRole>(row[0], 0, fail, [BodyPart]);
            var input = new ParticipantInput { Role = role, PersonName = row[1], PositionHeld = Blank(row[2]) };
            return role is { } known && !string.IsNullOrWhiteSpace(row[1]) && !present.Add((known, VietnameseText.Fold(row[1]))) ? null : input;
        }, new() { [nameof(ParticipantInput.Role)] = 0, [nameof(ParticipantInput.PersonName)] = 1, [nameof(ParticipantInput.PositionHeld)] = 2 });
        return (people, bodies);
    }

    /// <summary>
    /// The general sheet's one row: the day held or the period reviewed (a period briefing may give the period alone), the
    /// totals the minutes state and the speakers they count without names, checked as the header form checks them. Null
    /// when the sheet is absent or blank: the conference's header is then left as it is.
    /// </summary>
    private async Task<ConferenceInput?> GeneralAsync(Conference conference, Dictionary<string, List<SheetRow>> sheets,
        List<PetitionInput> petitions, List<ImportError> errors)
    {
        if (!sheets.TryGetValue(GeneralSheet, out var rows) || rows.FirstOrDefault(r => !r.IsEmpty) is not { } first) return null;
        foreach (var extra in rows.Where(r => !r.IsEmpty && r != first))
            errors.Add(new ImportError(GeneralSheet, extra.Number, "", $"Trang \"{GeneralSheet}\" chỉ có một dòng (dòng {first.Number}); hãy xóa dòng này."));
        // The totals are held to the rows itemized once this file is in: those recorded and those it adds.
        var itemized = (await conferences.WithItemizedAsync(new ConferenceInput { Id = conference.Id })).Itemized.ToDictionary();
        foreach (var kind in petitions.Where(p => p.Kind is not null).GroupBy(p => p.Kind!.Value))
            itemized[kind.Key] = itemized.GetValueOrDefault(kind.Key) + kind.Count();
        Dictionary<string, int> columnOf = new()
        {
            [nameof(ConferenceInput.HeldOn)] = 0, [nameof(ConferenceInput.Status)] = 0, [nameof(ConferenceInput.ReviewedPeriodKind)] = 1,
            [nameof(ConferenceInput.ReviewedPeriodYear)] = 2, [nameof(ConferenceInput.ReviewedPeriodNumber)] = 3,
            [nameof(ConferenceInput.StatedOpinionCount)] = 4, [nameof(ConferenceInput.StatedPetitionCount)] = 5,
            [nameof(ConferenceInput.StatedProposalCount)] = 6, [nameof(ConferenceInput.StatedQuestionCount)] = 7,
            [nameof(ConferenceInput.UnnamedSpeakerCount)] = 8, [nameof(ConferenceInput.UnnamedSpeakerKind)] = 9,
        };
        var general = Parse(new() { [GeneralSheet] = [first] }, GeneralSheet, GeneralColumns, errors, (row, fail) =>
        {
            var input = new ConferenceInput
            {
                Id = conference.Id, UnitId = conference.UnitId, Kind = conference.Kind, Status = conference.Status, Title = conference.Title,
                HeldOn = Date(row[0], 0, fail), ReviewedPeriodKind = KindOf<PeriodKind>(row[1], 1, fail), ReviewedPeriodYear = Whole(row[2], 2, fail),
                ReviewedPeriodNumber = Whole(row[3], 3, fail), StatedOpinionCount = Whole(row[4], 4, fail), StatedPetitionCount = Whole(row[5], 5, fail),
                StatedProposalCount = Whole(row[6], 6, fail), StatedQuestionCount = Whole(row[7], 7, fail),
                UnnamedSpeakerCount = Whole(row[8], 8, fail), UnnamedSpeakerKind = Blank(row[9]), Itemized = itemized,
            };
            foreach (var (field, message) in input.TotalRefusals()) fail(columnOf[field], message);
            return input;
        }, columnOf);
        return general.SingleOrDefault();
    }
}
