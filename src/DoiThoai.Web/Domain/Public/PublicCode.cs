using System.Security.Cryptography;

namespace DoiThoai.Web.Domain.Public;

/// <summary>A record a person follows by a code (mã tra cứu): a petition, a content item, a question sent before a conference.</summary>
public interface IHasPublicCode
{
    string? Code { get; set; }
}

/// <summary>
/// The code a person looks a petition up by on <c>/tra-cuu</c>. Drawn from a cryptographic generator, never from the
/// id or a counter, so that one code tells nothing of the next: 10 characters of 31 (about 2^49 codes) with the easily
/// confused 0/O, 1/I/L left out, shown as two groups of five.
/// </summary>
public static class PublicCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as typed, without spaces or dashes and in capitals; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40) return null;
        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c)) ? code : null;
    }

    /// <summary>As printed and shown: "7KQ4M-XP2ZA".</summary>
    public static string Display(string? code) => code is { Length: Length } ? $"{code[..5]}-{code[5..]}" : code ?? "";
}
