using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Audit;

/// <summary>The history of a record (and of its parts) from the audit trail, newest first, as <see cref="HistoryFormatter"/> words it.</summary>
public sealed class HistoryQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<HistoryLine>> ForAsync(string entityType, int id, int take = 100)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RootKey == AuditEntry.Key(entityType, id))
            .OrderByDescending(a => a.Id).Take(take).ToListAsync();
        var names = await NamesAsync(entries);
        return entries.Select(e => HistoryFormatter.Describe(e, names)).ToList();
    }

    // One query per kind of record the page points to, and one for the people who made the changes.
    private async Task<HistoryNames> NamesAsync(IReadOnlyList<AuditEntry> entries)
    {
        var records = new Dictionary<(Refers, int), string>();
        foreach (var group in HistoryFormatter.References(entries).GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).ToList();
            foreach (var (recordId, name) in await NamesOfAsync(group.Key, ids)) records[(group.Key, recordId)] = name;
        }

        var userIds = entries.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList();
        var userNames = HistoryFormatter.AccountNames(entries).Concat(entries.Where(e => e.UserId is null).Select(e => e.UserName))
            .Distinct().ToList();
        var people = userIds.Count + userNames.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) || userNames.Contains(u.UserName!))
            .Select(u => new { u.Id, u.UserName, u.FullName, UnitKind = u.Unit!.Kind, UnitName = u.Unit.Name })
            .ToListAsync();
        var shown = people.ToDictionary(p => p.Id, p => $"{p.FullName} ({p.UnitKind.Label()} {p.UnitName})");
        return new HistoryNames(records, shown,
            people.Where(p => p.UserName is not null).ToDictionary(p => p.UserName!, p => shown[p.Id]));
    }

    // Deleted records keep their names in the history: the soft-delete filter is off here.
    private async Task<List<(int Id, string Name)>> NamesOfAsync(Refers kind, List<int> ids) => kind switch
    {
        Refers.Unit => (await db.Units.IgnoreQueryFilters().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Kind, u.Name })
            .ToListAsync()).Select(u => (u.Id, $"{u.Kind.Label()} {u.Name}")).ToList(),
        Refers.Organization => Pairs(await db.Organizations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id))
            .Select(o => new KeyValuePair<int, string>(o.Id, o.Name)).ToListAsync()),
        Refers.Person => Pairs(await db.People.IgnoreQueryFilters().Where(p => ids.Contains(p.Id))
            .Select(p => new KeyValuePair<int, string>(p.Id, p.FullName)).ToListAsync()),
        Refers.Topic => Pairs(await db.Topics.IgnoreQueryFilters().Where(t => ids.Contains(t.Id))
            .Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync()),
        Refers.LegalBasis => (await db.LegalBases.IgnoreQueryFilters().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.DocumentType, l.Number, l.IssuedOn, l.IssuingBody, l.Title }).ToListAsync())
            .Select(l => (l.Id, Domain.Conferences.LegalBasis.CitationOf(l.DocumentType, l.Number, l.IssuedOn, l.IssuingBody, l.Title))).ToList(),
        Refers.Conference => Pairs(await db.Conferences.IgnoreQueryFilters().Where(c => ids.Contains(c.Id))
            .Select(c => new KeyValuePair<int, string>(c.Id, c.Title)).ToListAsync()),
        Refers.Plan => Pairs(await db.DialoguePlans.IgnoreQueryFilters().Where(p => ids.Contains(p.Id))
            .Select(p => new KeyValuePair<int, string>(p.Id, "Kế hoạch năm " + p.Year)).ToListAsync()),
        Refers.NewsPost => Pairs(await db.NewsPosts.IgnoreQueryFilters().Where(p => ids.Contains(p.Id))
            .Select(p => new KeyValuePair<int, string>(p.Id, p.Title)).ToListAsync()),
        // Minutes rows and follow-up items have no name: their content, which the formatter folds when long.
        Refers.Petition => Pairs(await db.Petitions.IgnoreQueryFilters().Where(p => ids.Contains(p.Id))
            .Select(p => new KeyValuePair<int, string>(p.Id, p.Content)).ToListAsync()),
        Refers.ConclusionItem => Pairs(await db.ConclusionItems.IgnoreQueryFilters().Where(c => ids.Contains(c.Id))
            .Select(c => new KeyValuePair<int, string>(c.Id, c.Content)).ToListAsync()),
        Refers.FollowUpItem => Pairs(await db.FollowUps.IgnoreQueryFilters().Where(f => ids.Contains(f.Id))
            .Select(f => new KeyValuePair<int, string>(f.Id, "Nội dung theo dõi số " + f.Id)).ToListAsync()),
        _ => [],
    };

    private static List<(int Id, string Name)> Pairs(List<KeyValuePair<int, string>> pairs) => pairs.Select(p => (p.Key, p.Value)).ToList();
}
