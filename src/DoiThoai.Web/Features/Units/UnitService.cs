using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.Units;

/// <summary>The unit tree: reading within a scope, and the structural changes administrators make.</summary>
public sealed class UnitService(AppDbContext db)
{
    public Task<AdministrativeUnit?> FindAsync(int id) => db.Units.FirstOrDefaultAsync(u => u.Id == id);

    public async Task<UnitTree> TreeAsync(UserScope scope, string? q, bool showRetired)
    {
        var query = db.Units.AsNoTracking().InScope(scope);
        if (!showRetired) query = query.Where(u => u.RetiredOn == null);
        foreach (var word in VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(u => u.SearchText.Contains(word));
        var rows = await query.OrderBy(u => u.Path).Select(Row).ToListAsync();
        // The materialized path sorts parents before children but orders siblings by id; order by name within a level.
        var byId = rows.ToDictionary(r => r.Id);
        var ordered = rows.OrderBy(r => SortKey(r, byId), StringComparer.Ordinal).ToList();
        var rootDepth = ordered.Count == 0 ? 0 : ordered.Min(r => UnitPath.Depth(r.Path));
        return new UnitTree(q, showRetired, ordered, rootDepth);
    }

    public async Task<UnitDetails> DetailsAsync(int id, IReadOnlyList<Audit.HistoryLine> history)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(Row).FirstAsync();
        var parent = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Parent!.Name).FirstOrDefaultAsync();
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Name).Select(Row).ToListAsync();
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.UnitId == id).OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => o.Name).ToListAsync();
        return new UnitDetails(unit, parent, children, organizations, history);
    }

    public async Task<UnitRow> RowAsync(int id) => await db.Units.AsNoTracking().Where(u => u.Id == id).Select(Row).FirstAsync();

    public async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(Func<AdministrativeUnit, bool> allowed)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.RetiredOn == null).OrderBy(u => u.Path).ToListAsync();
        return units.Where(allowed)
            .Select(u => new SelectListItem($"{new string('\u00A0', 3 * UnitPath.Depth(u.Path))}{u.DisplayName} ({u.Code})", u.Id.ToString()))
            .ToList();
    }

    public async Task<string?> CodeTakenAsync(UnitInput input) =>
        await db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code == input.Code.Trim() && u.Id != input.Id) ? "Mã đơn vị này đã được dùng." : null;

    public async Task<int> CreateAsync(UnitInput input)
    {
        var parent = input.ParentId is { } parentId ? await db.Units.FirstAsync(u => u.Id == parentId) : null;
        var unit = new AdministrativeUnit { Kind = input.Kind!.Value, Name = input.Name.Trim(), Code = input.Code.Trim(), ParentId = parent?.Id };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = UnitPath.ChildOf(parent?.Path ?? UnitPath.Root, unit.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return unit.Id;
    }

    /// <summary>Renames or re-codes a unit; its place in the tree changes only by a merge. Null when saved.</summary>
    public async Task<string?> UpdateAsync(AdministrativeUnit unit, UnitInput input)
    {
        unit.Kind = input.Kind!.Value;
        unit.Name = input.Name.Trim();
        unit.Code = input.Code.Trim();
        if (await db.TrySaveAsync(unit, input.Version)) return null;

        var theirs = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unit.Id);
        input.Version = theirs.Version;
        return $"Đơn vị vừa được người khác sửa thành \"{theirs.DisplayName}\" (mã {theirs.Code}). Nội dung bạn nhập vẫn còn; bấm Lưu lần nữa để ghi đè.";
    }

    /// <summary>
    /// Merges <paramref name="source"/> into <paramref name="target"/>: the source is retired and moved, with its
    /// whole subtree, under the target, so every record attached to it (organizations, users, minutes) stays
    /// attached and is now within the target's scope. Null when done, else the reason it cannot be.
    /// </summary>
    public async Task<string?> MergeAsync(AdministrativeUnit source, AdministrativeUnit target, DateOnly effectiveOn)
    {
        if (UnitTreeRules.MergeProblem(source, target) is { } problem) return problem;

        var oldPrefix = source.Path;
        var newPrefix = UnitPath.ChildOf(target.Path, source.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var unit in await db.Units.IgnoreQueryFilters().InSubtree(oldPrefix).ToListAsync())
            unit.Path = UnitPath.Rebase(unit.Path, oldPrefix, newPrefix);
        source.ParentId = target.Id;
        source.MergedIntoId = target.Id;
        source.RetiredOn = effectiveOn;
        db.AddAuditEvent(nameof(AdministrativeUnit), source.Id.ToString(), target.Id,
            $"Sáp nhập {source.DisplayName} vào {target.DisplayName} từ ngày {effectiveOn:dd/MM/yyyy}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    public async Task<string?> RetireAsync(AdministrativeUnit unit, DateOnly retiredOn)
    {
        if (unit.IsRetired) return "Đơn vị này đã giải thể hoặc sáp nhập.";
        if (await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.RetiredOn == null))
            return "Đơn vị còn đơn vị cấp dưới đang hoạt động; hãy sáp nhập hoặc giải thể chúng trước.";
        unit.RetiredOn = retiredOn;
        await db.SaveChangesAsync();
        return null;
    }

    private static string SortKey(UnitRow row, Dictionary<int, UnitRow> byId)
    {
        return string.Join("/", UnitPath.Ids(row.Path)
            .Select(id => byId.TryGetValue(id, out var r) ? VietnameseText.Fold(r.Name) + "#" + id : id.ToString()));
    }

    private static readonly System.Linq.Expressions.Expression<Func<AdministrativeUnit, UnitRow>> Row = u =>
        new UnitRow(u.Id, u.Kind, u.Name, u.Code, u.Path, u.RetiredOn, u.MergedInto!.Name);
}
