using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DoiThoai.Web.Features.Units;

namespace DoiThoai.Web.Features.Organizations;

/// <summary>Organizations of the units in a user's scope. Callers authorize any record by id first.</summary>
public sealed class OrganizationService(AppDbContext db, UnitChoices unitChoices)
{
    public Task<Organization?> FindAsync(int id) => db.Organizations.FirstOrDefaultAsync(o => o.Id == id);

    public static class SortKeys
    {
        public const string Name = "Name";
        public const string Kind = "Kind";
        public const string Unit = "Unit";
    }

    public async Task<OrganizationList> ListAsync(UserScope scope, OrganizationFilter filter, ListOrder? order = null)
    {
        order ??= new ListOrder();
        var query = db.Organizations.AsNoTracking().InScope(scope);
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Units.PathOfAsync(unitId);
            query = query.InSubtree(path);
        }
        if (filter.Kind is { } kind) query = query.Where(o => o.Kind == kind);
        foreach (var word in VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(o => o.SearchText.Contains(word) || o.Unit!.SearchText.Contains(word));

        // A scope's bodies are a catalogue of a few hundred: by name they are sorted here in Vietnamese order, which
        // the database's collation does not know; the other orders page in the database.
        var page = order.Is(SortKeys.Name)
            ? ListOrder.PageOf(order.Apply(await query.Select(Row).ToListAsync(), o => o.Name, VietnameseOrder.Comparer).ToList(), filter.Page)
            : await PagedList<OrganizationRow>.CreateAsync((order.Is(SortKeys.Kind)
                ? (order.Descending() ? query.OrderByDescending(o => o.Kind) : query.OrderBy(o => o.Kind)).ThenBy(o => o.Unit!.Path)
                : order.Descending() ? query.OrderByDescending(o => o.Unit!.Path).ThenBy(o => o.Kind) : query.OrderBy(o => o.Unit!.Path).ThenBy(o => o.Kind))
                .ThenBy(o => o.Name).ThenBy(o => o.Id).Select(Row), filter.Page);
        return new OrganizationList(filter, page, await unitChoices.ForAsync(scope));
    }

    public Task<OrganizationRow> RowAsync(int id) => db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(Row).FirstAsync();

    public async Task<OrganizationForm> FormAsync(UserScope scope, OrganizationInput input, string? conflict = null)
    {
        var parents = await db.Organizations.AsNoTracking().InScope(scope)
            .Where(o => o.Id != input.Id && o.Unit!.RetiredOn == null)
            .OrderBy(o => o.Unit!.Path).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();
        return new OrganizationForm(input, await unitChoices.ForAsync(scope, activeOnly: true), parents, conflict);
    }

    /// <summary>Problems the form shows at a field: a retired unit, a parent outside the scope.</summary>
    public async Task<Dictionary<string, string>> ProblemsAsync(UserScope scope, OrganizationInput input)
    {
        var problems = new Dictionary<string, string>();
        if (await db.Units.AnyAsync(u => u.Id == input.UnitId && u.RetiredOn != null))
            problems[nameof(input.UnitId)] = "Đơn vị này đã giải thể hoặc sáp nhập; hãy chọn đơn vị đang hoạt động.";
        if (input.ParentOrganizationId is { } parentId && !await db.Organizations.InScope(scope).AnyAsync(o => o.Id == parentId))
            problems[nameof(input.ParentOrganizationId)] = "Tổ chức cấp trên không thuộc phạm vi của bạn.";
        return problems;
    }

    public async Task<int> CreateAsync(OrganizationInput input)
    {
        var organization = Apply(new Organization(), input);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    /// <summary>Saves, or returns the other person's name and time when they saved first.</summary>
    public async Task<string?> UpdateAsync(Organization organization, OrganizationInput input)
    {
        Apply(organization, input);
        if (await db.TrySaveAsync(organization, input.Version)) return null;

        var theirs = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organization.Id);
        input.Version = theirs.Version;
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.RootKey == AuditEntry.Key(nameof(Organization), organization.Id))
            .OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync();
        return $"Tổ chức vừa được {last ?? "người khác"} sửa trong lúc bạn đang sửa. Bản đã lưu: tên \"{theirs.Name}\", " +
               $"loại {theirs.Kind.Label()}. Nội dung bạn nhập vẫn còn dưới đây; bấm Lưu lần nữa để ghi đè.";
    }

    public async Task DeleteAsync(Organization organization)
    {
        db.Organizations.Remove(organization);
        await db.SaveChangesAsync();
    }

    private static Organization Apply(Organization o, OrganizationInput input)
    {
        o.Name = input.Name.Trim();
        o.ShortName = string.IsNullOrWhiteSpace(input.ShortName) ? null : input.ShortName.Trim();
        o.Kind = input.Kind!.Value;
        o.UnitId = input.UnitId;
        o.ParentOrganizationId = input.ParentOrganizationId;
        return o;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Organization, OrganizationRow>> Row = o =>
        new OrganizationRow(o.Id, o.Name, o.ShortName, o.Kind, o.Unit!.Name, o.ParentOrganization!.Name);
}
