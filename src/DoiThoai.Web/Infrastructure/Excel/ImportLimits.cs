namespace DoiThoai.Web.Infrastructure.Excel;

/// <summary>
/// How much of an uploaded workbook the portal reads (settings <c>Import:MaxRows</c>, <c>Import:MaxCellCharacters</c>,
/// <c>Import:MaxUncompressedBytes</c>, <c>Import:MaxErrorsListed</c>). A small zip can unpack to gigabytes,
/// so the bounds apply to what is unpacked, not to the upload.
/// </summary>
public sealed class ImportLimits
{
    public int MaxRows { get; set; } = 5_000;
    public int MaxCellCharacters { get; set; } = 4_000;
    public long MaxUncompressedBytes { get; set; } = 20 * 1024 * 1024;
    public int MaxErrorsListed { get; set; } = 50;
}

public static class ImportLimitsServices
{
    public static IServiceCollection AddImportLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection("Import").Get<ImportLimits>() ?? new ImportLimits());
}

/// <summary>A workbook past one of the <see cref="ImportLimits"/>; the message is Vietnamese and meant for the person who sent it.</summary>
public sealed class WorkbookTooLargeException(string message) : Exception(message);
