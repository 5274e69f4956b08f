using System.Collections.Concurrent;
using System.Security.Cryptography;
using DoiThoai.Web.Domain;
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

/// <summary>A question for the reader and the sealed token that goes with it in the form.</summary>
public sealed record CaptchaChallenge(string Question, string Token);

/// <summary>
/// A captcha that needs no outside service: a small sum in Vietnamese words ("Ba cộng bốn bằng mấy?").
/// The answer travels only inside a token sealed by Data Protection, with an expiry and a one-time id;
/// a used id is remembered until its token would have expired anyway. (One node: a farm shares the
/// Data Protection keys but not this memory, so a token could be used once per node.)
/// </summary>
public sealed class Captcha(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private readonly IDataProtector _protector = dataProtection.CreateProtector("DoiThoai.News.Captcha.v1");
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _used = new();

    public CaptchaChallenge Create()
    {
        var a = RandomNumberGenerator.GetInt32(1, 10);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var add = a + b <= 10 || RandomNumberGenerator.GetInt32(2) == 0;
        if (!add && b > a) (a, b) = (b, a);
        var answer = add ? a + b : a - b;
        var question = $"{Capitalize(Words[a])} {(add ? "cộng" : "trừ")} {Words[b]} bằng mấy?";
        var expires = clock.GetUtcNow().Add(Lifetime);
        var payload = $"{Guid.NewGuid():N}|{answer}|{expires.ToUnixTimeSeconds()}";
        return new CaptchaChallenge(question, _protector.Protect(payload));
    }

    /// <summary>Checks the reader's answer (digits or Vietnamese words); a token passes at most once.</summary>
    public CaptchaResult Check(string? token, string? answer)
    {
        if (string.IsNullOrWhiteSpace(token)) return CaptchaResult.Invalid;
        string payload;
        try { payload = _protector.Unprotect(token); }
        catch (CryptographicException) { return CaptchaResult.Invalid; }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var id) || !int.TryParse(parts[1], out var expected)
            || !long.TryParse(parts[2], out var expiresAt))
            return CaptchaResult.Invalid;
        var now = clock.GetUtcNow();
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresAt);
        if (now > expires) return CaptchaResult.Expired;
        Prune(now);
        // A token is spent by any attempt, right or wrong: guessing again needs a new question.
        if (!_used.TryAdd(id, expires)) return CaptchaResult.Reused;
        return ParseAnswer(answer) == expected ? CaptchaResult.Passed : CaptchaResult.Wrong;
    }

    public static string Message(CaptchaResult result) => result switch
    {
        CaptchaResult.Wrong => "Câu trả lời kiểm tra chưa đúng. Mời trả lời câu hỏi mới.",
        CaptchaResult.Expired => "Câu hỏi kiểm tra đã hết hạn. Mời trả lời câu hỏi mới.",
        CaptchaResult.Reused => "Câu hỏi kiểm tra này đã được dùng. Mời trả lời câu hỏi mới.",
        CaptchaResult.Invalid => "Thiếu hoặc sai câu hỏi kiểm tra. Mời trả lời câu hỏi mới.",
        _ => "",
    };

    /// <summary>"7", "bảy", "bay" all read as 7.</summary>
    public static int? ParseAnswer(string? answer)
    {
        var text = VietnameseText.Fold(answer);
        if (int.TryParse(text, out var number)) return number;
        var folded = Words.Select(VietnameseText.Fold).ToList();
        var index = folded.IndexOf(text);
        if (text is "bon" or "tu") index = 4;
        if (text is "lam") index = 5;
        return index >= 0 ? index : null;
    }

    private void Prune(DateTimeOffset now)
    {
        if (_used.Count < 1000) return;
        foreach (var (id, expires) in _used)
            if (expires < now) _used.TryRemove(id, out _);
    }

    private static string Capitalize(string word) => char.ToUpper(word[0], WebServicesCulture) + word[1..];

    private static readonly System.Globalization.CultureInfo WebServicesCulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
