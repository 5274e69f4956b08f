using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// What the signed-in user may do from a page, decided in the controller by the same checks the target
/// actions enforce, so a view never offers a button that ends on 403 and never names a role itself.
/// </summary>
public sealed record PagePermissions(bool MayCreate, bool MayEdit = false, bool MayDelete = false)
{
    /// <summary>A unit's page: whether its Word templates may be replaced (<see cref="AccessPolicy.MayReplaceTemplates"/>).</summary>
    public bool MayReplaceTemplates { get; init; }

    /// <summary>A page that was not told shows no action buttons.</summary>
    public static readonly PagePermissions None = new(false, false);
}

public static class PagePermissionsViewData
{
    private const string Key = nameof(PagePermissions);

    public static PagePermissions Permissions(this ViewDataDictionary viewData) =>
        viewData[Key] as PagePermissions ?? PagePermissions.None;

    public static void SetPermissions(this ViewDataDictionary viewData, PagePermissions permissions) =>
        viewData[Key] = permissions;
}
