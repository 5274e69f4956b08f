using System.Globalization;
using System.Security.Cryptography;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure.Security;

/// <summary>
/// Authenticator (TOTP, RFC 6238) codes that work once (ASVS 6.5.1): the last accepted time step is kept per user
/// as an Identity user token, and a code whose step is not later is refused. It replaces Identity's "Authenticator"
/// provider, so every place that checks a code (sign-in, turning on two-step sign-in) goes through it. The window
/// is Identity's: two 30-second steps either side.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(AppDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    private const string LoginProvider = "DoiThoai";
    private const string LastStepName = "AuthenticatorLastStep";
    private const int StepSeconds = 30;
    private const int Window = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return false;
        var keyBytes = Base32(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepName),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var kept) ? kept : long.MinValue;

        for (var step = Math.Max(now - Window, last + 1); step <= now + Window; step++)
        {
            if (Code(keyBytes, step) != code) continue;
            return await RememberAsync(manager, user, step);
        }
        return false;
    }

    /// <summary>Saving the step also changes the user's concurrency stamp, so of two sessions racing with one code only one is saved.</summary>
    private async Task<bool> RememberAsync(UserManager<AppUser> manager, AppUser user, long step)
    {
        try
        {
            var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        catch (DbUpdateException)
        {
            // The other session inserted the first step at the same moment: this one loses, and its row must not be saved later.
            foreach (var entry in db.ChangeTracker.Entries<IdentityUserToken<int>>().Where(e => e.State == EntityState.Added).ToList())
                entry.State = EntityState.Detached;
            return false;
        }
    }

    private static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c);
            if (value < 0) continue;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
