using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>The text of a conference's minutes as the Word file downloaded from the portal holds it, a line per paragraph.</summary>
public static class MinutesWordFile
{
    public static async Task<string> TextAsync(HttpClient client, int conferenceId)
    {
        var response = await client.GetAsync($"/Conferences/Word/{conferenceId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
