using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DoiThoai.Web.Infrastructure.Forms;

/// <summary>Binds every DateOnly, TimeOnly, DateTime and DateTimeOffset, from forms and query strings alike, as <see cref="Dates"/> says.</summary>
public sealed class DateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        !context.Metadata.IsComplexType && Dates.KindOf(context.Metadata.ModelType, context.Metadata.DataTypeName) is { } kind
            ? new DateModelBinder(kind)
            : null;
}

public sealed class DateModelBinder(DateInputKind kind) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, result);

        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Empty means "no date": null for an optional field; [Required] or the binding message speaks for a required one.
            if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
            else context.ModelState.TryAddModelError(context.ModelName,
                context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            return Task.CompletedTask;
        }

        if (Dates.TryParse(text, context.ModelType, kind, out var value, out var error)) context.Result = ModelBindingResult.Success(value);
        else context.ModelState.TryAddModelError(context.ModelName, error!);
        return Task.CompletedTask;
    }
}
