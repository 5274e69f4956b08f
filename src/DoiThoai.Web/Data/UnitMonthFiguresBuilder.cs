using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Keeps <see cref="UnitMonthFigures"/>, <see cref="UnitMonthTopicFigures"/> and <see cref="UnitMonthBodyFigures"/>
/// equal to the sums of the conference figures of their unit and month, and <see cref="UnitYearTopicFigures"/> to those
/// of their unit and year. Called by <see cref="ConferenceFiguresBuilder.RebuildAsync"/> for the months its
/// conferences left and entered, in the same transaction, and at start-up for months that have none.
/// </summary>
public static class UnitMonthFiguresBuilder
{
    public readonly record struct Key(int UnitId, DateOnly Month);

    public static Key KeyOf(int unitId, DateOnly heldOn) => new(unitId, UnitMonthFigures.MonthOf(heldOn));

    /// <summary>The conference figures added to the context by a rebuild and not saved yet.</summary>
    public sealed record Added(IReadOnlyList<ConferenceFigures> Figures, IReadOnlyList<ConferenceTopicFigures> Topics, IReadOnlyList<ConferenceBodyFigures> Bodies)
    {
        public static readonly Added None = new([], [], []);
    }

    /// <summary>
    /// Replaces the figures of these unit months by the sums of their conferences' figures: those stored, and those
    /// <paramref name="added"/> to the context but not saved yet (the rebuilt conferences, whose stored rows are gone).
    /// </summary>
    public static async Task RebuildAsync(AppDbContext db, IEnumerable<Key> keys, Added added, CancellationToken cancellationToken = default)
    {
        foreach (var unit in keys.Distinct().GroupBy(k => k.UnitId))
        {
            var unitId = unit.Key;
            var months = unit.Select(k => k.Month).ToList();
            var years = months.Select(m => m.Year).Distinct().ToList();
            var (from, to) = (months.Min(), months.Max().AddMonths(1));
            await db.UnitMonthFigures.Where(m => m.UnitId == unitId && months.Contains(m.Month)).ExecuteDeleteAsync(cancellationToken);
            await db.UnitMonthTopicFigures.Where(m => m.UnitId == unitId && months.Contains(m.Month)).ExecuteDeleteAsync(cancellationToken);
            await db.UnitMonthBodyFigures.Where(m => m.UnitId == unitId && months.Contains(m.Month)).ExecuteDeleteAsync(cancellationToken);
            await db.UnitYearTopicFigures.Where(m => m.UnitId == unitId && years.Contains(m.Year)).ExecuteDeleteAsync(cancellationToken);

            var stored = await db.ConferenceFigures.AsNoTracking()
                .Where(f => f.UnitId == unitId && f.HeldOn >= from && f.HeldOn < to).ToListAsync(cancellationToken);
            // The topics of the touched months' whole years, for the year rows.
            var (yearFrom, yearTo) = (new DateOnly(years.Min(), 1, 1), new DateOnly(years.Max() + 1, 1, 1));
            var storedTopics = await db.ConferenceTopicFigures.AsNoTracking()
                .Where(f => f.UnitId == unitId && f.HeldOn >= yearFrom && f.HeldOn < yearTo).ToListAsync(cancellationToken);
            var storedBodies = await db.ConferenceBodyFigures.AsNoTracking()
                .Where(f => f.UnitId == unitId && f.HeldOn >= from && f.HeldOn < to).ToListAsync(cancellationToken);
            bool inMonths(DateOnly day) => months.Contains(UnitMonthFigures.MonthOf(day));

            foreach (var month in stored.Concat(added.Figures.Where(f => f.UnitId == unitId)).Where(f => inMonths(f.HeldOn))
                         .GroupBy(f => UnitMonthFigures.MonthOf(f.HeldOn)))
            {
                var row = new UnitMonthFigures { UnitId = unitId, Month = month.Key };
                foreach (var figures in month) row.Add(figures);
                db.UnitMonthFigures.Add(row);
            }
            db.UnitMonthTopicFigures.AddRange(storedTopics.Concat(added.Topics.Where(f => f.UnitId == unitId)).Where(f => inMonths(f.HeldOn))
                .GroupBy(f => (Month: UnitMonthFigures.MonthOf(f.HeldOn), f.TopicId))
                .Select(g => new UnitMonthTopicFigures
                {
                    UnitId = unitId, Month = g.Key.Month, TopicId = g.Key.TopicId, Count = g.Sum(f => f.Count), Judged = g.Sum(f => f.Judged), Settled = g.Sum(f => f.Settled),
                }));
            db.UnitYearTopicFigures.AddRange(storedTopics.Concat(added.Topics.Where(f => f.UnitId == unitId)).Where(f => years.Contains(f.HeldOn.Year))
                .GroupBy(f => (f.HeldOn.Year, f.TopicId))
                .Select(g => new UnitYearTopicFigures
                {
                    UnitId = unitId, Year = g.Key.Year, TopicId = g.Key.TopicId, Count = g.Sum(f => f.Count), Judged = g.Sum(f => f.Judged), Settled = g.Sum(f => f.Settled),
                }));
            db.UnitMonthBodyFigures.AddRange(storedBodies.Concat(added.Bodies.Where(f => f.UnitId == unitId)).Where(f => inMonths(f.HeldOn))
                .GroupBy(f => (Month: UnitMonthFigures.MonthOf(f.HeldOn), f.ResponsibleOrganizationId))
                .Select(g => new UnitMonthBodyFigures
                {
                    UnitId = unitId, Month = g.Key.Month, ResponsibleOrganizationId = g.Key.ResponsibleOrganizationId, Judged = g.Sum(f => f.Judged), Settled = g.Sum(f => f.Settled),
                }));
        }
    }

    /// <summary>
    /// Builds the figures of every unit month that holds conference figures but has none of its own: after the
    /// migration that added them, or after rows were written outside the application. Returns how many were built.
    /// </summary>
    public static async Task<int> BuildMissingAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var held = (await db.ConferenceFigures.AsNoTracking().Select(f => new { f.UnitId, f.HeldOn }).Distinct().ToListAsync(cancellationToken))
            .Select(f => KeyOf(f.UnitId, f.HeldOn)).ToHashSet();
        held.ExceptWith(await db.UnitMonthFigures.AsNoTracking().Select(m => new Key(m.UnitId, m.Month)).ToListAsync(cancellationToken));
        foreach (var chunk in held.OrderBy(k => k.UnitId).ThenBy(k => k.Month).Chunk(2_000))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await RebuildAsync(db, chunk, Added.None, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return held.Count;
    }
}
