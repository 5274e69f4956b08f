namespace DoiThoai.Web.Authorization;

/// <summary>The roles of the portal. Names are stored in Identity; labels are what a person sees.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string DistrictStaff = "DistrictStaff";
    public const string WardStaff = "WardStaff";
    public const string FrontStaff = "FrontStaff";
    public const string Leader = "Leader";
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All =
        [Administrator, DistrictStaff, WardStaff, FrontStaff, Leader, Editor];

    public static string Label(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        DistrictStaff => "Cán bộ cấp huyện",
        WardStaff => "Cán bộ phường, xã",
        FrontStaff => "Cán bộ Mặt trận",
        Leader => "Lãnh đạo",
        Editor => "Biên tập viên",
        _ => role,
    };
}
