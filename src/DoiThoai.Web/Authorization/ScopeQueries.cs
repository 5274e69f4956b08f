using System.Linq.Expressions;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// The one scope rule for lists and counts, so they never show another ward's records: a unit-scoped record is
/// in scope when its unit lies in the user's subtree (<see cref="UnitPath.InSubtree"/>). Every unit-scoped
/// entity that lists are drawn from names its unit through a <c>Unit</c> navigation (a unit test holds the
/// model to it), so one generic filter serves them all; the unit itself, and the follow-up item with its
/// second unit, have their own forms below.
/// </summary>
public static class ScopeQueries
{
    /// <summary>The navigation every listed unit-scoped record reaches its unit by.</summary>
    public const string UnitNavigation = "Unit";

    public static IQueryable<T> InScope<T>(this IQueryable<T> records, UserScope scope) where T : class, IUnitScoped =>
        records.InSubtree(scope.Path);

    /// <summary>The records of the subtree at <paramref name="unitPath"/>: a unit the user picked in a list's filter.</summary>
    public static IQueryable<T> InSubtree<T>(this IQueryable<T> records, string unitPath) where T : class, IUnitScoped =>
        records.Where(ThroughUnit<T>(UnitPath.InSubtree(unitPath)));

    /// <summary>The records of the user's subtree and of the units above it: catalogues a unit borrows from above.</summary>
    public static IQueryable<T> Near<T>(this IQueryable<T> records, UserScope scope) where T : class, IUnitScoped =>
        records.Near(scope.Path);

    /// <summary>The records of the subtree at <paramref name="unitPath"/> and of the units above it.</summary>
    public static IQueryable<T> Near<T>(this IQueryable<T> records, string unitPath) where T : class, IUnitScoped =>
        records.Where(ThroughUnit<T>(UnitPath.Near(unitPath)));

    /// <summary>The records of the unit at <paramref name="unitPath"/> and of the units above it.</summary>
    public static IQueryable<T> AtOrAbove<T>(this IQueryable<T> records, string unitPath) where T : class, IUnitScoped =>
        records.Where(ThroughUnit<T>(UnitPath.AtOrAbove(unitPath)));

    /// <summary>The path of the unit picked in a list's filter, for <see cref="InSubtree{T}"/>; <see cref="UnitPath.None"/> when there is no such unit.</summary>
    public static async Task<string> PathOfAsync(this IQueryable<AdministrativeUnit> units, int unitId) =>
        await units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync() ?? UnitPath.None;

    public static IQueryable<AdministrativeUnit> InScope(this IQueryable<AdministrativeUnit> units, UserScope scope) =>
        units.Where(UnitPath.InSubtree(scope.Path));

    public static IQueryable<AdministrativeUnit> InSubtree(this IQueryable<AdministrativeUnit> units, string unitPath) =>
        units.Where(UnitPath.InSubtree(unitPath));

    /// <summary>The villages and residential groups under a unit: where a raiser lives, in the minutes and the questions sent before.</summary>
    public static IQueryable<AdministrativeUnit> ResidentialGroupsIn(this IQueryable<AdministrativeUnit> units, string unitPath) =>
        units.Where(UnitPath.InSubtree(unitPath)).Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.ResidentialGroup);

    /// <summary>
    /// The secondary-unit form: a follow-up item is in scope when its conference's unit or its responsible body's
    /// unit lies in the subtree (<see cref="IAlsoScopedBy"/>). It has no unit navigations, so it asks the units set.
    /// </summary>
    public static IQueryable<FollowUpItem> InScope(this IQueryable<FollowUpItem> items, UserScope scope, IQueryable<AdministrativeUnit> units)
    {
        var inScope = units.InScope(scope);
        return items.Where(f => inScope.Any(u => u.Id == f.UnitId || u.Id == f.ResponsibleUnitId));
    }

    /// <summary>
    /// The ids of the units in the user's subtree, for long lists: a record's unit tested against this short list
    /// (<c>UnitId IN (…)</c>) is answered from an index, where a test through the units table is made row by row.
    /// </summary>
    public static Task<List<int>> IdsInScopeAsync(this IQueryable<AdministrativeUnit> units, UserScope scope) =>
        units.InScope(scope).Select(u => u.Id).ToListAsync();

    /// <summary>The secondary-unit form over the ids of <see cref="IdsInScopeAsync"/>: the same rule, index-friendly.</summary>
    public static IQueryable<FollowUpItem> InScope(this IQueryable<FollowUpItem> items, IReadOnlyCollection<int> unitIdsInScope) =>
        items.Where(f => unitIdsInScope.Contains(f.UnitId) || (f.ResponsibleUnitId != null && unitIdsInScope.Contains(f.ResponsibleUnitId.Value)));

    /// <summary>
    /// The same rule again, for a list that reads many items: <paramref name="givers"/> are the units outside the scope whose
    /// conferences gave items to the scope's bodies (<see cref="GiversAsync"/>), so every item in scope has its own unit
    /// among the two lists. Testing that first lets one index that leads with UnitId answer a commune's scope inside the
    /// index, instead of joining two indexes by their rows (ADR 0027). A wide scope (a quarter of the <paramref name="unitCount"/>
    /// units or more: a district) keeps the plain form, which the planner reads along the list's order index.
    /// </summary>
    public static IQueryable<FollowUpItem> InScope(this IQueryable<FollowUpItem> items, IReadOnlyCollection<int> unitIdsInScope,
        IReadOnlyCollection<int> givers, int unitCount)
    {
        if (IsWide(unitIdsInScope, unitCount)) return items.InScope(unitIdsInScope);
        var units = unitIdsInScope.Concat(givers).ToList();
        return items.Where(f => units.Contains(f.UnitId)).InScope(unitIdsInScope);
    }

    /// <summary>
    /// A scope of a quarter of the <paramref name="unitCount"/> units or more (a district): its items are most of the
    /// table, so a long list walks them in its own order and tests each; a narrower one (a commune) seeks its units' own.
    /// </summary>
    public static bool IsWide(IReadOnlyCollection<int> unitIdsInScope, int unitCount) => unitIdsInScope.Count * 4 >= unitCount;

    /// <summary>
    /// The units outside the scope that gave at least one item to a body of the scope, each found by seeks of
    /// IX_FollowUps_Unit_Responsible. Deleted items and units are not told apart: a test of IsDeleted (not in that index)
    /// made SQLite walk every item of every such unit (0.2-0.4 s for a commune), and one more unit only widens what is
    /// tested after; leaving out a deleted unit's items would narrow the rule.
    /// </summary>
    public static Task<List<int>> GiversAsync(this IQueryable<AdministrativeUnit> units, IQueryable<FollowUpItem> items, IReadOnlyCollection<int> unitIdsInScope)
    {
        var responsible = unitIdsInScope.Select(id => (int?)id).ToList();
        var everyItem = items.IgnoreQueryFilters();
        return units.IgnoreQueryFilters().Where(u => !unitIdsInScope.Contains(u.Id)
                && everyItem.Any(f => f.UnitId == u.Id && responsible.Contains(f.ResponsibleUnitId)))
            .Select(u => u.Id).ToListAsync();
    }

    /// <summary>Applies a test on the unit to the record through its unit navigation.</summary>
    private static Expression<Func<T, bool>> ThroughUnit<T>(Expression<Func<AdministrativeUnit, bool>> onUnit)
    {
        var record = Expression.Parameter(typeof(T), "r");
        var unit = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(AdministrativeUnit)], record, Expression.Constant(UnitNavigation));
        return Expression.Lambda<Func<T, bool>>(new Substitute(onUnit.Parameters[0], unit).Visit(onUnit.Body), record);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
