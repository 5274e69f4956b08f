using System.Security.Claims;
using DoiThoai.Web.Data;
using Microsoft.AspNetCore.Http.Features;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// Reads the one-time key (<see cref="FieldName"/>) of a signed-in user's form post. Posts without it (hand-made
/// clients, anonymous forms) go on as before. The claimed state lives on the request, so every context a request
/// opens shares it.
/// </summary>
public sealed class FormKeys(IHttpContextAccessor http) : IFormKeySource
{
    public const string FieldName = "__FormKey";
    private static readonly object ClaimedItem = new();

    public static string NewKey() => Guid.NewGuid().ToString("N");

    public FormClaim? Current
    {
        get
        {
            var context = http.HttpContext;
            if (context is null || !HttpMethods.IsPost(context.Request.Method)) return null;
            if (!int.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
            // Only a form already read (by the antiforgery check) is looked at; nothing here reads the body.
            var form = context.Features.Get<IFormFeature>()?.Form;
            var key = form?[FieldName].ToString();
            return IsWellFormed(key) ? new FormClaim(ClaimKey(key!, context.Request.Path), userId) : null;
        }
    }

    public bool IsClaimed => http.HttpContext?.Items.ContainsKey(ClaimedItem) == true;

    public void MarkClaimed()
    {
        if (http.HttpContext is { } context) context.Items[ClaimedItem] = true;
    }

    /// <summary>
    /// The key as stored: the form's key for the address it was posted to, so one form with two submit buttons
    /// (each with its own formaction) may run both, while each of them runs once.
    /// </summary>
    public static string ClaimKey(string formKey, PathString path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(formKey.ToLowerInvariant() + " " + path.Value?.ToLowerInvariant())))[..32];

    /// <summary>32 hexadecimal digits, as <see cref="NewKey"/> and the minutes script make them.</summary>
    public static bool IsWellFormed(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigit);
}
