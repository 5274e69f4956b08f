using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// MVC treats a non-nullable value (a checkbox's bool, a hidden id) as required without any attribute, and the
/// rule it then writes into the form carries the English "The … field is required.". Such a value gets an
/// explicit rule with a Vietnamese message instead; what is validated does not change.
/// </summary>
public sealed class VietnameseImplicitRequired : IValidationMetadataProvider
{
    public const string Message = "Trường “{0}” là bắt buộc.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = context.Key.ModelType;
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null) return;
        if (context.Attributes.OfType<RequiredAttribute>().Any()
            || context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any()) return;
        context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute { ErrorMessage = Message });
    }
}
