using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps, on every row of final minutes, the text of each catalogue entry it cites (legal bases, people, bodies,
/// topics, units), so that editing or deleting a shared catalogue entry cannot change a final record. The one place
/// these texts are written: <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/> takes them when
/// <see cref="MinutesFinality.TakesCitation"/> says so, and the catch-up after start (ADR 0023) fills minutes finalized before they existed.
/// </summary>
public static class FinalCitations
{
    private enum Catalogue { LegalBasis, Person, Organization, Topic, Unit, UnitName }

    /// <summary>One reference from a minutes record to a catalogue, and the column that keeps its text.</summary>
    private sealed record Reference(Type Record, string Id, string Cited, Catalogue Catalogue);

    private static readonly Reference[] References =
    [
        new(typeof(Conference), nameof(Conference.UnitId), nameof(Conference.CitedUnit), Catalogue.Unit),
        new(typeof(Conference), nameof(Conference.OrganizerId), nameof(Conference.CitedOrganizer), Catalogue.Organization),
        new(typeof(ConferenceLegalBasis), nameof(ConferenceLegalBasis.LegalBasisId), nameof(ConferenceLegalBasis.CitedLegalBasis), Catalogue.LegalBasis),
        new(typeof(ConferenceParticipant), nameof(ConferenceParticipant.PersonId), nameof(ConferenceParticipant.CitedPerson), Catalogue.Person),
        new(typeof(ConferenceOrganization), nameof(ConferenceOrganization.OrganizationId), nameof(ConferenceOrganization.CitedOrganization), Catalogue.Organization),
        new(typeof(Speech), nameof(Speech.PersonId), nameof(Speech.CitedPerson), Catalogue.Person),
        new(typeof(Speech), nameof(Speech.OrganizationId), nameof(Speech.CitedOrganization), Catalogue.Organization),
        new(typeof(Petition), nameof(Petition.RaisedByPersonId), nameof(Petition.CitedRaisedByPerson), Catalogue.Person),
        new(typeof(Petition), nameof(Petition.RaisedByOrganizationId), nameof(Petition.CitedRaisedByOrganization), Catalogue.Organization),
        new(typeof(Petition), nameof(Petition.RaisedByUnitId), nameof(Petition.CitedRaisedByUnit), Catalogue.UnitName),
        new(typeof(Petition), nameof(Petition.TopicId), nameof(Petition.CitedTopic), Catalogue.Topic),
        new(typeof(Petition), nameof(Petition.AddressedToId), nameof(Petition.CitedAddressedTo), Catalogue.Organization),
        new(typeof(Petition), nameof(Petition.AnsweredByPersonId), nameof(Petition.CitedAnsweredByPerson), Catalogue.Person),
        new(typeof(ConclusionItem), nameof(ConclusionItem.ResponsibleOrganizationId), nameof(ConclusionItem.CitedResponsibleOrganization), Catalogue.Organization),
    ];

    /// <summary>Takes the citations this save calls for, before the record rules run; true when it set any.</summary>
    public static Task<bool> TakeAsync(AppDbContext db, CancellationToken cancellationToken) => TakeAsync(db, [], cancellationToken);

    /// <param name="citeAll">Final conferences whose every row takes its citation now, as if they were becoming final.</param>
    private static async Task<bool> TakeAsync(AppDbContext db, IReadOnlyCollection<int> citeAll, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries()
            .Where(e => (e.State is EntityState.Added or EntityState.Modified || e.Entity is Conference c && citeAll.Contains(c.Id))
                        && e.Entity is Conference or ConferencePart)
            .ToList();
        if (entries.Count == 0) return false;

        // The state of each conference before and after this save, by the key its parts point to.
        var states = new Dictionary<int, (MinutesState Before, MinutesState After)>();
        foreach (var entry in entries.Where(e => e.Entity is Conference))
        {
            var after = ((Conference)entry.Entity).MinutesState;
            var before = entry.State == EntityState.Added ? MinutesState.Draft : (MinutesState)entry.OriginalValues[nameof(Conference.MinutesState)]!;
            states[KeyOf(entry)] = citeAll.Contains(KeyOf(entry)) ? (MinutesState.Draft, after) : (before, after);
        }
        var others = entries.Where(e => e.Entity is ConferencePart).Select(ConferenceKeyOf).Where(id => id > 0 && !states.ContainsKey(id)).Distinct().ToList();
        if (others.Count > 0)
            foreach (var row in await db.Conferences.IgnoreQueryFilters().AsNoTracking().Where(c => others.Contains(c.Id))
                         .Select(c => new { c.Id, c.MinutesState }).ToListAsync(cancellationToken))
                states[row.Id] = (row.MinutesState, row.MinutesState);

        // Minutes becoming final cite every row they hold, not only the rows this save changes.
        var becomingFinal = states.Where(s => s.Key > 0 && s.Value is { Before: not MinutesState.Final, After: MinutesState.Final }).Select(s => s.Key).ToList();
        if (becomingFinal.Count > 0)
        {
            await LoadPartsAsync(db, becomingFinal, cancellationToken);
            entries = db.ChangeTracker.Entries()
                .Where(e => e.State is not (EntityState.Deleted or EntityState.Detached) && e.Entity is Conference or ConferencePart)
                .ToList();
        }

        var wanted = new List<(EntityEntry Entry, Reference Reference, int? Id)>();
        foreach (var entry in entries)
        {
            var key = entry.Entity is Conference ? KeyOf(entry) : ConferenceKeyOf(entry);
            if (!states.TryGetValue(key, out var state)) continue;
            foreach (var reference in References.Where(r => r.Record == entry.Entity.GetType()))
            {
                var id = entry.Property(reference.Id);
                var changed = entry.State == EntityState.Modified && id.IsModified && !Equals(id.OriginalValue, id.CurrentValue);
                if (MinutesFinality.TakesCitation(state.Before, state.After, entry.State == EntityState.Added, changed))
                    wanted.Add((entry, reference, (int?)id.CurrentValue));
            }
        }
        if (wanted.Count == 0) return false;

        var texts = new Dictionary<(Catalogue, int), string>();
        foreach (var group in wanted.Where(w => w.Id is not null).GroupBy(w => w.Reference.Catalogue))
            foreach (var (id, text) in await TextsAsync(db, group.Key, group.Select(w => w.Id!.Value).Distinct().ToList(), cancellationToken))
                texts[(group.Key, id)] = text;

        var any = false;
        foreach (var (entry, reference, id) in wanted)
        {
            var text = id is { } known ? texts.GetValueOrDefault((reference.Catalogue, known)) : null;
            var cited = entry.Property(reference.Cited);
            if (Equals(cited.CurrentValue, text)) continue;
            cited.CurrentValue = text;
            any = true;
        }
        return any;
    }

    /// <summary>Fills the citations of minutes made final before citations were kept (the conference keeps none yet).</summary>
    public static async Task<int> TakeMissingAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = await db.Conferences
            .Where(c => c.MinutesState == MinutesState.Final && c.CitedUnit == null).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            // Each row takes the catalogue's text as it is today: the best that is known of what the minutes cited.
            await db.Conferences.Where(c => c.Id == id).LoadAsync(cancellationToken);
            await LoadPartsAsync(db, [id], cancellationToken);
            await TakeAsync(db, [id], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }

    private static async Task LoadPartsAsync(AppDbContext db, List<int> conferenceIds, CancellationToken cancellationToken)
    {
        await db.ConferenceLegalBases.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
        await db.ConferenceParticipants.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
        await db.ConferenceOrganizations.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
        await db.Speeches.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
        await db.Petitions.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
        await db.ConclusionItems.Where(p => conferenceIds.Contains(p.ConferenceId)).LoadAsync(cancellationToken);
    }

    /// <summary>
    /// The catalogue's text for each id. Entries added or changed in this same save are read from the tracker
    /// (a person typed into the minutes is added with the row); a deleted entry is still cited by its text.
    /// </summary>
    private static async Task<Dictionary<int, string>> TextsAsync(AppDbContext db, Catalogue catalogue, List<int> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string>();
        async Task Read<T>(Func<T, string> text) where T : DomainRecord
        {
            foreach (var entry in db.ChangeTracker.Entries<T>())
                if (ids.Contains((int)entry.Property(nameof(DomainRecord.Id)).CurrentValue!))
                    result[(int)entry.Property(nameof(DomainRecord.Id)).CurrentValue!] = text(entry.Entity);
            var missing = ids.Where(id => id > 0 && !result.ContainsKey(id)).ToList();
            if (missing.Count == 0) return;
            foreach (var record in await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(r => missing.Contains(r.Id)).ToListAsync(cancellationToken))
                result[record.Id] = text(record);
        }
        switch (catalogue)
        {
            case Catalogue.LegalBasis: await Read<LegalBasis>(b => b.Citation); break;
            case Catalogue.Person: await Read<Person>(p => p.FullName); break;
            case Catalogue.Organization: await Read<Organization>(o => o.Name); break;
            case Catalogue.Topic: await Read<Topic>(t => t.Name); break;
            case Catalogue.Unit: await Read<AdministrativeUnit>(u => $"{u.Kind.Label()} {u.Name}"); break;
            case Catalogue.UnitName: await Read<AdministrativeUnit>(u => u.Name); break;
        }
        return result;
    }

    private static int KeyOf(EntityEntry entry) => (int)entry.Property(nameof(DomainRecord.Id)).CurrentValue!;

    private static int ConferenceKeyOf(EntityEntry entry) => (int)entry.Property(nameof(ConferencePart.ConferenceId)).CurrentValue!;
}
