using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.Shared;

/// <summary>One step of the breadcrumb trail; the last one has no address (it is the page itself).</summary>
public sealed record Crumb(string Label, string? Url);

/// <summary>
/// The breadcrumb trail of a staff page, built by the layout from the controller and action, so no view writes its
/// own: "Khu vực cán bộ › the menu's section › the page". The page's step is its title; a view may set
/// <see cref="LabelKey"/> in ViewData when its title reads badly there, and <see cref="ParentKey"/> for the record
/// a page belongs to (the conference of its minutes). Public pages (those open to anonymous
/// readers) have none.
/// </summary>
public static class Breadcrumbs
{
    /// <summary>ViewData key for the last step's text, when the page's title is not the right one.</summary>
    public const string LabelKey = "Breadcrumb";

    /// <summary>ViewData key for a <see cref="Crumb"/> between the section and the page: the record the page works on.</summary>
    public const string ParentKey = "BreadcrumbParent";

    private const string Home = "Staff";

    // Each controller's place under the menu: the section's name, as the menu says it, and the controller of its list.
    // Keyed by the controller's name as an address spells it (any case matches).
    private static readonly Dictionary<string, (string Label, string Controller)> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        ["conferences"] = ("Hội nghị", "Conferences"),
        ["minutes"] = ("Hội nghị", "Conferences"),
        ["followups"] = ("Theo dõi", "FollowUps"),
        ["followupbatches"] = ("Theo dõi", "FollowUps"),
        ["news"] = ("Tin bài", "News"),
        ["dashboard"] = ("Tổng hợp", "Dashboard"),
        ["reports"] = ("Tổng hợp", "Dashboard"),
        ["plans"] = ("Kế hoạch", "Plans"),
        ["legalbases"] = ("Văn bản căn cứ", "LegalBases"),
        ["people"] = ("Người", "People"),
        ["topics"] = ("Lĩnh vực", "Topics"),
        ["answertemplates"] = ("Mẫu trả lời", "AnswerTemplates"),
        ["organizations"] = ("Tổ chức", "Organizations"),
        ["units"] = ("Đơn vị hành chính", "Units"),
        ["users"] = ("Người dùng", "Users"),
        ["notices"] = ("Thông báo", "Notices"),
        ["announcements"] = ("Hội nghị", "Conferences"),
        ["receipts"] = ("Hội nghị", "Conferences"),
        ["documents"] = ("Hội nghị", "Conferences"),
        ["minutesrecord"] = ("Hội nghị", "Conferences"),
        ["sentquestions"] = ("Hội nghị", "Conferences"),
        ["verdicts"] = ("Ý kiến người nêu", "Verdicts"),
        ["search"] = ("Tìm kiếm", "Search"),
    };

    /// <summary>The trail for the page being rendered, or an empty list on a public page.</summary>
    public static IReadOnlyList<Crumb> For(ViewContext view, IUrlHelper url)
    {
        var http = view.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return [];
        var controller = view.RouteData.Values["controller"] as string ?? "";
        var action = view.RouteData.Values["action"] as string ?? "";
        var title = view.ViewData[LabelKey] as string ?? view.ViewData["Title"] as string;

        var trail = new List<Crumb> { new("Khu vực cán bộ", url.Action("Index", Home)) };
        if (!Places.TryGetValue(controller, out var section))
        {
            if (!controller.Equals(Home, StringComparison.OrdinalIgnoreCase) && title is not null) trail.Add(new(title, null));
        }
        else if (section.Controller.Equals(controller, StringComparison.OrdinalIgnoreCase) && action == "Index")
        {
            trail.Add(new(section.Label, null));
        }
        else
        {
            trail.Add(new(section.Label, url.Action("Index", section.Controller)));
            if (view.ViewData[ParentKey] is Crumb parent) trail.Add(parent);
            if (title is not null) trail.Add(new(title, null));
        }
        // The last step is the page itself: no link to where the reader already is.
        trail[^1] = trail[^1] with { Url = null };
        return trail;
    }
}
