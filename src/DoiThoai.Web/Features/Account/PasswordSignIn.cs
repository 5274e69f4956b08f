using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Users;
using DoiThoai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace DoiThoai.Web.Features.Account;

public enum SignInOutcome { Succeeded, RequiresTwoFactor, Failed, LockedOut, LockedByAdministrator }

/// <summary>
/// The password step of signing in, with the same work and the same answer whether or not the e-mail has an
/// account (ASVS 6.3.8): every attempt checks exactly one password hash (a dummy one for an unknown e-mail) and
/// unknown e-mails are locked after the same number of failures. Only someone who gives an account's right
/// password learns that an administrator locked it; to anyone else that account answers as an unknown e-mail.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UnknownAccountFailures unknownFailures)
{
    private static string? _dummyHash;

    private UserManager<AppUser> Users => signIn.UserManager;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool rememberMe)
    {
        var user = await Users.FindByNameAsync(email);
        if (user is null) return UnknownAccount(Users.NormalizeName(email), password);

        if (await Users.IsLockedOutAsync(user))
        {
            // Identity refuses a locked account without looking at the password; look here, once, as for any attempt.
            var rightPassword = await Users.CheckPasswordAsync(user, password);
            if (!await AdminLock.IsInForceAsync(Users, user)) return SignInOutcome.LockedOut;
            if (rightPassword) return SignInOutcome.LockedByAdministrator;
            // To anyone without the password, an account an administrator locked answers as an unknown e-mail does.
            return CountAsUnknown(Users.NormalizeName(email));
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => SignInOutcome.Succeeded,
            { RequiresTwoFactor: true } => SignInOutcome.RequiresTwoFactor,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            _ => SignInOutcome.Failed,
        };
    }

    /// <summary>What the sign-in page says for a refusal.</summary>
    public static string Refusal(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.LockedByAdministrator => "Tài khoản đã bị quản trị viên khóa. Hãy liên hệ quản trị viên của đơn vị để được mở khóa.",
        SignInOutcome.LockedOut => "Tài khoản đã bị tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc liên hệ quản trị viên.",
        _ => "E-mail hoặc mật khẩu không đúng.",
    };

    private SignInOutcome UnknownAccount(string normalizedEmail, string password)
    {
        // The same hash work as checking a real account's password, so the time does not tell either.
        var dummy = LazyInitializer.EnsureInitialized(ref _dummyHash,
            () => Users.PasswordHasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
        Users.PasswordHasher.VerifyHashedPassword(new AppUser(), dummy, password);
        return CountAsUnknown(normalizedEmail);
    }

    private SignInOutcome CountAsUnknown(string normalizedEmail) =>
        unknownFailures.IsLockedOut(normalizedEmail) || unknownFailures.RecordFailure(normalizedEmail) ? SignInOutcome.LockedOut : SignInOutcome.Failed;
}
