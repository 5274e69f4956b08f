using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Tests.Unit.Architecture;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain.Documents;

namespace DoiThoai.Tests.Unit.Documents;

/// <summary>The repository's templates: what the generator writes, valid Open XML, every field present, each kind's title.</summary>
public class DocumentTemplateTests
{
    public static TheoryData<DocumentKind, IssuerKind> Kinds() => new()
    {
        { DocumentKind.Minutes, IssuerKind.Party }, { DocumentKind.Minutes, IssuerKind.State }, { DocumentKind.Minutes, IssuerKind.Front },
        { DocumentKind.Report, IssuerKind.Party }, { DocumentKind.Report, IssuerKind.State }, { DocumentKind.Report, IssuerKind.Front },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Checked_in_template_is_the_generators_and_holds_every_field(DocumentKind document, IssuerKind issuer)
    {
        var generated = TemplateGenerator.Create(document, issuer);
        var path = Path.Combine(SourceTree.Web, "Documents", "Templates", DocumentTemplates.FileName(document, issuer));
        if (Environment.GetEnvironmentVariable("DOITHOAI_WRITE_TEMPLATES") is { Length: > 0 }) File.WriteAllBytes(path, generated);

        var checkedIn = DocumentTemplates.Default(document, issuer);
        Assert.Equal(Text(generated), Text(checkedIn));
        Assert.Null(WordTemplate.Problem(new MemoryStream(checkedIn), document));
        var errors = Errors(checkedIn);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        foreach (var title in OfficialFormat.TitleLines(issuer)) Assert.Contains(title, Text(checkedIn));
        Assert.Equal(issuer == IssuerKind.Party, Text(checkedIn).Contains(OfficialFormat.PartyTitle));
        Assert.Equal(issuer != IssuerKind.Party, Text(checkedIn).Contains(OfficialFormat.NationalTitle));
    }

    [Fact]
    public void A_template_missing_a_field_is_refused_with_the_fields_named()
    {
        var minutes = TemplateGenerator.Create(DocumentKind.Minutes, IssuerKind.State);
        using var stream = new MemoryStream();
        stream.Write(minutes);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            word.MainDocumentPart!.Document!.Descendants<SdtBlock>().First(b => WordTemplate.TagOf(b) == Tags.Secretary).Remove();
            word.MainDocumentPart.Document.Save();
        }
        stream.Position = 0;
        Assert.Contains(Tags.Secretary, WordTemplate.Problem(stream, DocumentKind.Minutes));
        // A report has no secretary: the same file serves as a report template.
        stream.Position = 0;
        Assert.Null(WordTemplate.Problem(stream, DocumentKind.Report));
        Assert.Equal("Tệp không phải văn bản Word (.docx) hợp lệ.", WordTemplate.Problem(new MemoryStream("PK không phải zip"u8.ToArray()), DocumentKind.Report));
    }

    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    private static string Text(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        return string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText)) + "\n" +
               string.Join(",", body.Descendants<SdtBlock>().Select(WordTemplate.TagOf));
    }
}
