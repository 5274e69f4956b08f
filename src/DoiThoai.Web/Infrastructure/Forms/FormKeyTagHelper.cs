using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// Adds a fresh one-time key to every post form a signed-in user gets, beside the antiforgery token, so no view
/// has to remember it (ADR 0008). Public pages, cached for everyone, get none.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormKeyTagHelper(IHttpContextAccessor http) : TagHelper
{
    /// <summary>After the framework's form tag helper (-1000), which adds the antiforgery token.</summary>
    public override int Order => 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (http.HttpContext?.User.Identity?.IsAuthenticated != true) return;
        if (!output.Attributes.TryGetAttribute("method", out var method)
            || !string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)) return;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FormKeys.FieldName}\" value=\"{FormKeys.NewKey()}\" data-form-key />");
    }
}
