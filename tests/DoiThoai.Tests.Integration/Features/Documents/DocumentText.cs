using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Tests.Integration.Features.Documents;

/// <summary>
/// A Word file as a person reads it: its non-empty lines in order (header cells first, as they print). When
/// <c>DOITHOAI_DOCUMENTS_OUT</c> names a folder, each file read is also written there for CI to render.
/// </summary>
public static class DocumentText
{
    public static async Task<(byte[] File, IReadOnlyList<string> Lines)> ReadAsync(HttpResponseMessage response, string? keepAs = null)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var file = await response.Content.ReadAsByteArrayAsync();
        if (keepAs is not null) await KeepAsync(file, keepAs);
        return (file, Lines(file));
    }

    /// <summary>Writes <paramref name="file"/> for CI to render (.ci/run) when <c>DOITHOAI_DOCUMENTS_OUT</c> names a folder.</summary>
    public static async Task KeepAsync(byte[] file, string name)
    {
        if (Environment.GetEnvironmentVariable("DOITHOAI_DOCUMENTS_OUT") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), file);
    }

    public static IReadOnlyList<string> Lines(byte[] file)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(file), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0)];
    }

    /// <summary>Asserts that <paramref name="expected"/> appear in this order (others may stand between them).</summary>
    public static void InOrder(IReadOnlyList<string> lines, params string[] expected)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = -1;
            for (var i = at; i < lines.Count; i++) if (lines[i] == line) { found = i; break; }
            Assert.True(found >= 0, $"\"{line}\" not found after line {at} in:\n{string.Join("\n", lines.Take(40))}");
            at = found + 1;
        }
    }
}
