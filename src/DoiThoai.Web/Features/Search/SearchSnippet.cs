using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Search;
using Microsoft.AspNetCore.Html;

namespace DoiThoai.Web.Features.Search;

/// <summary>
/// The part of a record's text around its first matching word, with every matching word in <c>&lt;mark&gt;</c>.
/// The text is shown as written (with its diacritics); each word is folded only to compare it with the search's, and
/// every piece of the text is HTML-encoded, so a record's text can never add markup to the page.
/// </summary>
public static class SearchSnippet
{
    public const int MaxWords = 40;
    private const int WordsBefore = 12;

    /// <summary>Encodes markup characters but leaves Vietnamese letters readable, as the page's own encoder does.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Highlight(string text, SearchWords words)
    {
        var pieces = Pieces(text);
        var wordIndexes = pieces.Select((p, i) => (p, i)).Where(x => x.p.IsWord).Select(x => x.i).ToList();
        var first = wordIndexes.FindIndex(i => words.Matches(VietnameseText.Fold(pieces[i].Text)));
        var startWord = Math.Max(0, first - WordsBefore);
        var start = startWord == 0 ? 0 : wordIndexes[startWord];
        var end = wordIndexes.Count > startWord + MaxWords ? wordIndexes[startWord + MaxWords] : pieces.Count;

        var html = new StringBuilder();
        if (start > 0) html.Append("… ");
        for (var i = start; i < end; i++)
        {
            var encoded = Encoder.Encode(pieces[i].Text);
            html.Append(pieces[i].IsWord && words.Matches(VietnameseText.Fold(pieces[i].Text)) ? $"<mark>{encoded}</mark>" : encoded);
        }
        if (end < pieces.Count) html.Append(" …");
        return new HtmlString(html.ToString());
    }

    private readonly record struct Piece(string Text, bool IsWord);

    /// <summary>Words (letters, digits and their marks) and what lies between them, in order.</summary>
    private static List<Piece> Pieces(string text)
    {
        var pieces = new List<Piece>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]) == IsWordChar(text[start])) continue;
            pieces.Add(new Piece(text[start..i], IsWordChar(text[start])));
            start = i;
        }
        return pieces;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
