using System.Globalization;
using System.Text.RegularExpressions;
using DoiThoai.Web.Features.Errors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// Reads a posted form before the antiforgery check and model binding do. A body over the limit answers 413 and a
/// form that cannot be read (too many fields, a value too long, a NUL character, a broken file name) answers 400,
/// each with a Vietnamese message naming the limit and a way back to the form as the browser kept it. Without this,
/// both readers swallow the failure and the action runs with empty input (so a scoped record is "not found").
/// </summary>
public sealed partial class UnreadableFormFilter(IOptions<KestrelServerOptions> kestrel) : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the per-action size and form limits (900), before the antiforgery check (1000), which reads the form.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType) return;
        var limit = BodyLimit(http);
        if (limit is { } max && http.Request.ContentLength > max)
        {
            context.Result = Refusal(http, StatusCodes.Status413PayloadTooLarge, TooLarge(max));
            return;
        }
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = Refusal(http, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        }
        catch (Exception e) when (e is InvalidDataException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            context.Result = Refusal(http, StatusCodes.Status400BadRequest, Unreadable(e.Message));
        }
    }

    /// <summary>What the server lets this action receive: its own [RequestSizeLimit], else the server's limit.</summary>
    private long? BodyLimit(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own
            ? own.MaxRequestBodySize
            : kestrel.Value.Limits.MaxRequestBodySize;

    public static string TooLarge(long? bytes) => bytes is { } b
        ? $"Nội dung gửi lên vượt giới hạn {Megabytes(b)} MB của biểu mẫu này. Hãy bớt tệp đính kèm hoặc chia nhỏ nội dung rồi gửi lại."
        : "Nội dung gửi lên vượt giới hạn của biểu mẫu này. Hãy bớt tệp đính kèm hoặc chia nhỏ nội dung rồi gửi lại.";

    /// <summary>
    /// The Vietnamese reason for a form the framework could not read, from its (English, unlocalized) message; the
    /// limit in that message is the one in force for this action.
    /// </summary>
    public static string Unreadable(string frameworkMessage)
    {
        var number = LimitNumber().Match(frameworkMessage) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (long?)null;
        if (frameworkMessage.Contains("value count limit", StringComparison.OrdinalIgnoreCase))
            return $"Biểu mẫu có quá nhiều trường: tối đa {number} trường mỗi lần gửi.";
        if (frameworkMessage.Contains("key length limit", StringComparison.OrdinalIgnoreCase))
            return $"Tên một trường của biểu mẫu quá dài: tối đa {number} ký tự.";
        if (frameworkMessage.Contains("value length limit", StringComparison.OrdinalIgnoreCase))
            return number is { } n ? $"Một trường của biểu mẫu quá dài: tối đa {Megabytes(n)} MB mỗi trường." : "Một trường của biểu mẫu quá dài.";
        if (frameworkMessage.Contains("body length limit", StringComparison.OrdinalIgnoreCase))
            return number is { } n ? TooLarge(n) : TooLarge(null);
        if (frameworkMessage.Contains("Content-Disposition", StringComparison.OrdinalIgnoreCase))
            return "Tên tệp đính kèm có ký tự không hợp lệ (ví dụ dấu nháy kép \"). Hãy đổi tên tệp rồi chọn lại.";
        return "Biểu mẫu chứa ký tự không hợp lệ (ví dụ ký tự NUL) hoặc bị hỏng nên không đọc được.";
    }

    /// <summary>Bytes as megabytes (1 MB = 1,048,576 bytes), with one decimal where it is not whole: "5", "28,6".</summary>
    public static string Megabytes(long bytes) =>
        Math.Round(bytes / 1048576.0, 1).ToString("0.#", WebServices.Vietnamese);

    /// <summary>The error page with the reason and a way back; nothing of the request was saved.</summary>
    private static IActionResult Refusal(HttpContext http, int status, string reason) =>
        ErrorViewModel.Page(http, status, reason, ErrorViewModel.SameSiteReferrer(http.Request) ?? "/");

    [GeneratedRegex(@"limit (\d+)")]
    private static partial Regex LimitNumber();
}
