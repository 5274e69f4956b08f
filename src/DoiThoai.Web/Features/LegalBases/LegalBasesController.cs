using System.ComponentModel.DataAnnotations;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Shared;
using DoiThoai.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.LegalBases;

/// <summary>
/// The catalogue of documents conferences are held under. It is shared by all units (one provincial
/// decision is cited by every commune), so it is read by all staff; an entry is kept by the record keepers of
/// the unit that entered it and of the levels above, like every scoped record (another ward's entry is not found).
/// Final minutes keep the citation as it stood, so an edit here changes drafts only.
/// </summary>
[Authorize(Policy = Policies.RecordKeeping)]
public sealed class LegalBasesController(AppDbContext db, IRecordAuthorization access) : StaffController
{
    private const int PageSize = 20;

    [HttpGet]
    public async Task<IActionResult> Index(string? q, ListOrder order, int page = 1)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        ViewData.SetPermissions(new(await access.MayAsync(Policies.RecordKeeping)));
        var shown = await PageAsync(Matching(q), order, page);
        var ids = shown.Items.Select(i => i.Id).ToList();
        var editable = (await db.LegalBases.InScope(scope).Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync()).ToHashSet();
        return View(new LegalBasisList(q, shown.Items, editable, shown.Page, shown.PageCount, shown.TotalCount));
    }

    public static class SortKeys
    {
        public const string Number = "Number";
        public const string IssuedOn = "IssuedOn";
        public const string IssuingBody = "IssuingBody";
        public const string Owner = "Owner";
    }

    /// <summary>
    /// The catalogue holds the few hundred documents a province cites, so it is sorted here: issuers in Vietnamese
    /// order, which the database's collation does not know; newest first when the address names no order.
    /// </summary>
    private static async Task<PagedList<LegalBasisRow>> PageAsync(IQueryable<LegalBasis> query, ListOrder order, int page)
    {
        var rows = await query.AsNoTracking()
            .Select(l => new { Row = new LegalBasisRow(l.Id, l.Number, l.IssuedOn, l.IssuingBody, l.Title, l.Unit!.Kind, l.Unit.Name), l.Unit.Path })
            .ToListAsync();
        var sorted = order.Is(SortKeys.Number) ? order.Apply(rows, l => l.Row.Number, VietnameseOrder.Comparer)
            : order.Is(SortKeys.IssuingBody) ? order.Apply(rows, l => l.Row.IssuingBody, VietnameseOrder.Comparer).ThenByDescending(l => l.Row.IssuedOn)
            : order.Is(SortKeys.Owner) ? order.Apply(rows, l => l.Path, StringComparer.Ordinal).ThenByDescending(l => l.Row.IssuedOn)
            : order.Apply(rows, l => l.Row.IssuedOn, descendingByDefault: true).ThenBy(l => l.Row.Number, VietnameseOrder.Comparer);
        return ListOrder.PageOf(sorted.ThenBy(l => l.Row.Id).Select(l => l.Row).ToList(), page, PageSize);
    }

    /// <summary>Autocomplete: the documents whose number, issuer or title contain every typed word, diacritics ignored.</summary>
    [HttpGet]
    [Authorize]
    public async Task<IActionResult> Search(string? q) =>
        Json((await Matching(q).OrderByDescending(l => l.IssuedOn).Take(15).AsNoTracking().ToListAsync())
            .Select(l => new { id = l.Id, text = l.Citation }));

    [HttpGet]
    public IActionResult Create() => View("Form", new LegalBasisInput());

    [HttpPost]
    public async Task<IActionResult> Create(LegalBasisInput input)
    {
        var scope = await GetScopeAsync();
        if (scope is null) return Forbid();
        if (ModelState.IsValid && await DuplicateAsync(input)) ModelState.AddModelError(nameof(input.Number), "Văn bản này đã có trong danh mục.");
        if (!ModelState.IsValid) return View("Form", input);
        db.LegalBases.Add(input.ApplyTo(new LegalBasis { UnitId = scope.UnitId }));
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm văn bản {input.Number}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var basis = await db.LegalBases.FindAsync(id);
        if (await access.DenyUnlessAsync(basis, Operation.Update) is { } denied) return denied;
        return View("Form", LegalBasisInput.From(basis!));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, LegalBasisInput input)
    {
        var basis = await db.LegalBases.FindAsync(id);
        if (await access.DenyUnlessAsync(basis, Operation.Update) is { } denied) return denied;
        input.Id = id;
        if (ModelState.IsValid && await DuplicateAsync(input)) ModelState.AddModelError(nameof(input.Number), "Văn bản này đã có trong danh mục.");
        if (!ModelState.IsValid) return View("Form", input);
        input.ApplyTo(basis!);
        if (!await db.TrySaveAsync(basis!, input.Version))
        {
            ModelState.AddModelError("", "Văn bản vừa được người khác sửa. Hãy mở lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn dưới đây.");
            return View("Form", input);
        }
        TempData["Message"] = $"Đã lưu văn bản {input.Number}. Biên bản đã hoàn thiện vẫn giữ trích dẫn như lúc hoàn thiện.";
        return RedirectToAction(nameof(Index));
    }

    private IQueryable<LegalBasis> Matching(string? q)
    {
        var query = db.LegalBases.AsQueryable();
        foreach (var word in VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            query = query.Where(l => l.SearchText.Contains(word));
        return query;
    }

    private Task<bool> DuplicateAsync(LegalBasisInput input) =>
        db.LegalBases.AnyAsync(l => l.Id != input.Id && l.Number == input.Number.Trim() && l.IssuingBody == input.IssuingBody.Trim());
}

public sealed record LegalBasisRow(int Id, string Number, DateOnly? IssuedOn, string IssuingBody, string Title, UnitKind OwnerKind, string OwnerName)
{
    public string Owner => $"{OwnerKind.Label()} {OwnerName}";
}

/// <summary>A page of the catalogue; <paramref name="Editable"/> holds the entries the user's unit keeps.</summary>
public sealed record LegalBasisList(string? Q, IReadOnlyList<LegalBasisRow> Items, IReadOnlySet<int> Editable, int Page, int PageCount, int TotalCount);

public sealed class LegalBasisInput
{
    public int Id { get; set; }
    public Guid Version { get; set; }

    [Display(Name = "Loại văn bản")]
    [StringLength(100, ErrorMessage = "Loại văn bản không được dài quá 100 ký tự.")]
    public string? DocumentType { get; set; }

    [Display(Name = "Số, ký hiệu")]
    [Required(ErrorMessage = "Hãy nhập số, ký hiệu văn bản (ví dụ 657-QĐ/TU), hoặc \"Không số\".")]
    [StringLength(100, ErrorMessage = "Số, ký hiệu không được dài quá 100 ký tự.")]
    public string Number { get; set; } = "";

    [Display(Name = "Ngày ban hành")]
    [DataType(DataType.Date)]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Cơ quan ban hành")]
    [Required(ErrorMessage = "Hãy nhập cơ quan ban hành.")]
    [StringLength(300, ErrorMessage = "Tên cơ quan không được dài quá 300 ký tự.")]
    public string IssuingBody { get; set; } = "";

    /// <summary>Left empty when unknown: a citation never carries a made-up summary.</summary>
    [Display(Name = "Trích yếu")]
    [StringLength(1000, ErrorMessage = "Trích yếu không được dài quá 1000 ký tự.")]
    public string? Title { get; set; }

    public static LegalBasisInput From(LegalBasis b) =>
        new() { Id = b.Id, Version = b.Version, DocumentType = b.DocumentType, Number = b.Number, IssuedOn = b.IssuedOn, IssuingBody = b.IssuingBody, Title = b.Title };

    public LegalBasis ApplyTo(LegalBasis b)
    {
        b.DocumentType = string.IsNullOrWhiteSpace(DocumentType) ? null : DocumentType.Trim();
        b.Number = Number.Trim();
        b.IssuedOn = IssuedOn;
        b.IssuingBody = IssuingBody.Trim();
        b.Title = Title?.Trim() ?? "";
        return b;
    }
}
