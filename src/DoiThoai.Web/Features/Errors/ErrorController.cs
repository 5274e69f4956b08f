using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Errors;

/// <summary>Vietnamese error pages, reached by re-execution; no exception detail is ever shown here.</summary>
[AllowAnonymous]
[Route("Error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        // From the route, not model binding: a re-executed post whose form cannot be read binds nothing (it used to show 404).
        var statusCode = int.TryParse(RouteData.Values["statusCode"] as string, out var code) ? code : 0;
        // Asked for directly with a code that is no HTTP error (/Error/0): there is no such page, rather than a crash.
        if (statusCode is < 400 or > 599) statusCode = 404;
        // The database stayed locked by another writer past the wait: nothing was saved, and sending again will do.
        if (IsDatabaseBusy(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error)) statusCode = 503;
        var known = statusCode is 400 or 403 or 404 or 405 or 409 or 413 or 429 or 500 or 503;
        Response.StatusCode = statusCode;
        var model = new ErrorViewModel(known ? statusCode : 500, HttpContext.TraceIdentifier);
        // A refused post: the way back to the form, as the browser kept it.
        if (HttpMethods.IsPost(Request.Method)) model = model with { BackUrl = ErrorViewModel.SameSiteReferrer(Request) ?? "/" };
        return View(ErrorViewModel.ViewPath, model);
    }

    /// <summary>
    /// A write refused because another held the data, on either provider, however EF wrapped it: SQLite busy or
    /// locked (5, 6); SQL Server chose it as a deadlock victim (1205) or its lock wait timed out (1222).
    /// </summary>
    public static bool IsDatabaseBusy(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }) return true;
            if (e is Microsoft.Data.SqlClient.SqlException sql && sql.Errors.Cast<Microsoft.Data.SqlClient.SqlError>().Any(x => x.Number is 1205 or 1222)) return true;
        }
        return false;
    }
}

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    public const string ViewPath = "~/Features/Errors/Error.cshtml";

    /// <summary>The particular reason (which limit a form broke), shown under the general explanation.</summary>
    public string? Detail { get; init; }

    /// <summary>Set when a post was refused: the "Quay lại" link goes back in the browser's history, where the form keeps what was typed.</summary>
    public string? BackUrl { get; init; }

    /// <summary>This page answered from a filter, with the particular reason; <paramref name="backUrl"/> for a refused post.</summary>
    public static ViewResult Page(HttpContext http, int status, string detail, string? backUrl) => new()
    {
        ViewName = ViewPath,
        StatusCode = status,
        ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<ErrorViewModel>(
            new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary())
        {
            Model = new ErrorViewModel(status, http.TraceIdentifier) { Detail = detail, BackUrl = backUrl },
        },
    };

    /// <summary>The page the request came from when it is on this site (a local path), for the link's no-script fallback.</summary>
    public static string? SameSiteReferrer(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
        && string.Equals(referrer.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && (request.Host.Port is null || referrer.Port == request.Host.Port)
            ? referrer.PathAndQuery
            : null;

    public string Title => StatusCode switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Bạn không có quyền truy cập trang này",
        404 => "Không tìm thấy trang",
        405 => "Thao tác không được hỗ trợ",
        409 => "Biểu mẫu này đã được gửi",
        413 => "Nội dung gửi lên quá lớn",
        429 => "Quá nhiều yêu cầu",
        503 => "Hệ thống đang bận",
        _ => "Đã có lỗi xảy ra",
    };

    public string Explanation => StatusCode switch
    {
        400 => "Dữ liệu gửi lên không hợp lệ hoặc phiên làm việc đã hết hạn. Hãy tải lại trang và thử lại.",
        403 => "Tài khoản của bạn không được phép thực hiện thao tác này. Nếu cần quyền, hãy liên hệ quản trị viên.",
        404 => "Trang hoặc bản ghi bạn tìm không tồn tại, đã bị xóa, hoặc không thuộc phạm vi của bạn.",
        405 => "Thao tác này không được hỗ trợ tại địa chỉ này.",
        409 => "Nội dung của biểu mẫu này đã được lưu từ lần gửi trước; lần gửi lại không tạo thêm bản ghi nào.",
        413 => "Nội dung bạn gửi vượt quá dung lượng cho phép nên chưa được lưu.",
        429 => "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy chờ một lát rồi thử lại.",
        503 => "Cơ sở dữ liệu đang bận với một thao tác khác nên nội dung bạn gửi chưa được lưu. Hãy quay lại trang trước và gửi lại.",
        _ => "Hệ thống gặp sự cố khi xử lý yêu cầu. Lỗi đã được ghi lại; hãy thử lại sau ít phút.",
    };
}
