using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>
/// Every date and time input in the portal is a text box typed as dd/MM/yyyy (HH:mm), whatever the browser's language
/// (ADR 0014): an <c>&lt;input asp-for&gt;</c> bound to a DateOnly, TimeOnly, DateTime or DateTimeOffset, and any plain
/// <c>type="date|time|datetime-local"</c> input (filters), so no view has to remember it.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "[type=date]")]
[HtmlTargetElement("input", Attributes = "[type=time]")]
[HtmlTargetElement("input", Attributes = "[type=datetime-local]")]
public sealed class DateInputTagHelper : TagHelper
{
    /// <summary>After the framework's input tag helper (-1000), which writes name, value and validation attributes.</summary>
    public override int Order => 0;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes.TryGetAttribute("type", out var typeAttribute) ? typeAttribute.Value?.ToString() : null;
        if (type == "hidden") return;

        DateInputKind kind;
        string value;
        if (For is not null)
        {
            if (Dates.KindOf(For.Metadata.ModelType, For.Metadata.DataTypeName) is not { } modelKind) return;
            kind = modelKind;
            // A value the server refused is shown as typed, so the person can correct it rather than retype it.
            var key = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
            value = ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.AttemptedValue is { } attempted
                ? attempted
                : Dates.Format(For.Model, kind);
        }
        else
        {
            kind = type switch { "date" => DateInputKind.Date, "time" => DateInputKind.Time, _ => DateInputKind.DateAndTime };
            var name = output.Attributes.TryGetAttribute("name", out var nameAttribute) ? nameAttribute.Value?.ToString() : null;
            // A filter's refused value is kept as typed too (the view only knows the bound value, which is empty).
            value = name is not null && ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
                    && entry.Errors.Count > 0 && entry.AttemptedValue is { } attempted
                ? attempted
                : FromIso(output.Attributes.TryGetAttribute("value", out var plain) ? plain.Value?.ToString() : null, kind);
        }

        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("value", value);
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("placeholder", Dates.Placeholder(kind));
        output.Attributes.SetAttribute("pattern", Dates.Pattern(kind));
        output.Attributes.SetAttribute("title", Dates.ShapeError(kind));
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("data-date-input", kind.ToString());
        // The client check (validation-vi.js) gives the server's message for a shape or a day that does not exist.
        output.Attributes.SetAttribute("data-val", "true");
        output.Attributes.SetAttribute("data-val-vndate", Dates.ShapeError(kind));
        output.Attributes.SetAttribute("data-val-vndate-kind", kind.ToString());
    }

    // A plain input's value is written by its view in ISO form (yyyy-MM-dd); show it the Vietnamese way.
    private static string FromIso(string? value, DateInputKind kind)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var type = kind == DateInputKind.Time ? typeof(TimeOnly) : typeof(DateTime);
        return Dates.TryParse(value, type, kind, out var parsed, out _) ? Dates.Format(parsed, kind) : value;
    }
}
