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
    public IActionResult Show(int statusCode)
    {
        // Asked for directly with a code that is no HTTP error (/Error/0): there is no such page, rather than a crash.
        if (statusCode is < 400 or > 599) statusCode = 404;
        // The database stayed locked by another writer past the wait: nothing was saved, and sending again will do.
        if (IsDatabaseBusy(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error)) statusCode = 503;
        var known = statusCode is 400 or 403 or 404 or 405 or 429 or 500 or 503;
        Response.StatusCode = statusCode;
        return View("~/Features/Errors/Error.cshtml", new ErrorViewModel(known ? statusCode : 500, HttpContext.TraceIdentifier));
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
    public string Title => StatusCode switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Bạn không có quyền truy cập trang này",
        404 => "Không tìm thấy trang",
        405 => "Thao tác không được hỗ trợ",
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
        429 => "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy chờ một lát rồi thử lại.",
        503 => "Cơ sở dữ liệu đang bận với một thao tác khác nên nội dung bạn gửi chưa được lưu. Hãy quay lại trang trước và gửi lại.",
        _ => "Hệ thống gặp sự cố khi xử lý yêu cầu. Lỗi đã được ghi lại; hãy thử lại sau ít phút.",
    };
}
