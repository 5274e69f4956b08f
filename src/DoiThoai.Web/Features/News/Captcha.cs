using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace DoiThoai.Web.Features.News;

public enum CaptchaResult
{
    Passed,
    Wrong,
    Expired,
    Reused,
    Invalid,
}

/// <summary>The sealed token that goes in the form; the image of its code is drawn from it at <see cref="ImagePath"/>.</summary>
public sealed record CaptchaChallenge(string Token)
{
    public const string ImageRoute = "/tin-tuc/ma-kiem-tra";

    public string ImagePath => $"{ImageRoute}?t={Uri.EscapeDataString(Token)}";
}

/// <summary>Where the characters of a new challenge come from; tests put in their own source, so the answer never has to come from the page.</summary>
public interface ICaptchaCodeSource
{
    string NewCode();
}

/// <summary>
/// Five characters from an alphabet without look-alikes (no 0/O, 1/I, B/8, S/5, G/6, Z/2): 21^5, about four million codes.
/// </summary>
public sealed class RandomCaptchaCodes : ICaptchaCodeSource
{
    public const string Alphabet = "2345678ACEHKMNPRTUXY9";
    public const int Length = 5;

    public string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);
}

/// <summary>
/// A captcha that needs no outside service: a code drawn as a distorted image on the server
/// (<see cref="CaptchaImage"/>), so nothing a script reads off the page gives the answer away. The code
/// travels only inside a token sealed by Data Protection, with an expiry and a one-time id; a used id is
/// remembered until its token would have expired anyway. (One node: a farm shares the Data Protection keys
/// but not this memory, so a token could be used once per node.)
/// </summary>
public sealed class Captcha(IDataProtectionProvider dataProtection, TimeProvider clock, ICaptchaCodeSource codes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("DoiThoai.News.Captcha.v2");
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _used = new();

    private sealed record Sealed(Guid Id, string Code, DateTimeOffset Expires);

    public CaptchaChallenge Create()
    {
        var expires = clock.GetUtcNow().Add(Lifetime);
        var payload = $"{Guid.NewGuid():N}|{Normalize(codes.NewCode())}|{expires.ToUnixTimeSeconds()}";
        return new CaptchaChallenge(_protector.Protect(payload));
    }

    /// <summary>
    /// The code to draw for a token that is still good (genuine, unexpired, unused); null otherwise. The id
    /// seeds the drawing, so the same token always gives the same picture and reloading it teaches nothing.
    /// </summary>
    public (string Code, int Seed)? CodeToDraw(string? token)
    {
        if (Open(token) is not { } challenge || clock.GetUtcNow() > challenge.Expires || _used.ContainsKey(challenge.Id)) return null;
        return (challenge.Code, challenge.Id.GetHashCode());
    }

    /// <summary>Checks the reader's answer (case and spaces do not matter); a token passes at most once.</summary>
    public CaptchaResult Check(string? token, string? answer)
    {
        if (Open(token) is not { } challenge) return CaptchaResult.Invalid;
        var now = clock.GetUtcNow();
        if (now > challenge.Expires) return CaptchaResult.Expired;
        Prune(now);
        // A token is spent by any attempt, right or wrong: guessing again needs a new code.
        if (!_used.TryAdd(challenge.Id, challenge.Expires)) return CaptchaResult.Reused;
        var given = Encoding.UTF8.GetBytes(Normalize(answer));
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(challenge.Code)) ? CaptchaResult.Passed : CaptchaResult.Wrong;
    }

    public static string Message(CaptchaResult result) => result switch
    {
        CaptchaResult.Wrong => "Mã kiểm tra chưa đúng. Mời nhập mã trong ảnh mới.",
        CaptchaResult.Expired => "Mã kiểm tra đã hết hạn. Mời nhập mã trong ảnh mới.",
        CaptchaResult.Reused => "Mã kiểm tra này đã được dùng. Mời nhập mã trong ảnh mới.",
        CaptchaResult.Invalid => "Thiếu hoặc sai mã kiểm tra. Mời nhập mã trong ảnh mới.",
        _ => "",
    };

    /// <summary>"ab 3k7", "AB3K7" read alike.</summary>
    public static string Normalize(string? answer) =>
        string.Concat((answer ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private Sealed? Open(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        string payload;
        try { payload = _protector.Unprotect(token); }
        catch (CryptographicException) { return null; }
        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var id) || parts[1].Length == 0 || !long.TryParse(parts[2], out var expiresAt))
            return null;
        return new Sealed(id, parts[1], DateTimeOffset.FromUnixTimeSeconds(expiresAt));
    }

    private void Prune(DateTimeOffset now)
    {
        if (_used.Count < 1000) return;
        foreach (var (id, expires) in _used)
            if (expires < now) _used.TryRemove(id, out _);
    }
}
