using System.Reflection;
using DoiThoai.Web.Domain.Documents;
using DoiThoai.Web.Infrastructure.Files;

namespace DoiThoai.Web.Documents;

/// <summary>
/// The Word templates of official documents: the repository's one per document and issuer kind
/// (<c>Documents/Templates/*.docx</c>, embedded), unless the unit's administrator uploaded its own letterhead,
/// kept by <see cref="FileStore"/> under a name made of the unit, document and issuer kind.
/// </summary>
public sealed class DocumentTemplates(FileStore files)
{
    private const string Folder = "mau-van-ban";

    public static string FileName(DocumentKind document, IssuerKind issuer) =>
        $"{(document == DocumentKind.Minutes ? "bien-ban" : "bao-cao")}-{issuer switch
        {
            IssuerKind.Party => "dang",
            IssuerKind.State => "nha-nuoc",
            _ => "mttq",
        }}.docx";

    /// <summary>The repository's template, the one a unit without its own uses.</summary>
    public static byte[] Default(DocumentKind document, IssuerKind issuer)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DocumentTemplates/{FileName(document, issuer)}")
                             ?? throw new InvalidOperationException($"The template {FileName(document, issuer)} is not embedded.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    public byte[] For(int unitId, DocumentKind document, IssuerKind issuer) =>
        HasOwn(unitId, document, issuer) ? File.ReadAllBytes(PathOf(unitId, document, issuer)) : Default(document, issuer);

    public bool HasOwn(int unitId, DocumentKind document, IssuerKind issuer) => File.Exists(PathOf(unitId, document, issuer));

    /// <summary>Keeps the upload as the unit's template, or says in Vietnamese why it cannot serve as one.</summary>
    public async Task<string?> ReplaceAsync(int unitId, DocumentKind document, IssuerKind issuer, IFormFile upload)
    {
        var (checkedFiles, problem) = files.Check([upload], [FileTypes.Docx]);
        if (problem is not null) return problem;
        await using (var content = checkedFiles[0].Form.OpenReadStream())
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            copy.Position = 0;
            if (WordTemplate.Problem(copy, document) is { } missing) return missing;
            var path = PathOf(unitId, document, issuer);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".part";
            await File.WriteAllBytesAsync(temporary, copy.ToArray());
            File.Move(temporary, path, overwrite: true);
        }
        return null;
    }

    /// <summary>Goes back to the repository's template.</summary>
    public void Reset(int unitId, DocumentKind document, IssuerKind issuer) => files.Delete($"{Folder}/{unitId}-{FileName(document, issuer)}");

    private string PathOf(int unitId, DocumentKind document, IssuerKind issuer) => files.PathOf($"{Folder}/{unitId}-{FileName(document, issuer)}");
}
