using System.Reflection;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace DoiThoai.Web.Infrastructure.Security;

/// <summary>
/// Refuses passwords found in a list of common passwords (OWASP ASVS 5, V6.2). Length is checked by
/// Identity's options (12 or more); there are no composition rules, as ASVS asks.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null) return Task.FromResult(IdentityResult.Success);
        if (IsCommon(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn một cụm từ khác.",
            }));
        if (ContainsOwnName(user, password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordContainsUserName",
                Description = "Mật khẩu không được chứa tên đăng nhập hoặc địa chỉ e-mail.",
            }));
        return Task.FromResult(IdentityResult.Success);
    }

    private static bool ContainsOwnName(AppUser user, string password)
    {
        var local = user.Email?.Split('@')[0];
        return local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("DoiThoai.Web.Infrastructure.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        }
        return set;
    }
}
