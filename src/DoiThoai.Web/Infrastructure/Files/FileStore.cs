namespace DoiThoai.Web.Infrastructure.Files;

/// <summary>Where uploads are kept: a folder outside <c>wwwroot</c> (setting <c>Storage:Folder</c>), under generated names.</summary>
public sealed class FileStoreOptions
{
    public string Folder { get; set; } = "";

    /// <summary>The largest file accepted, in bytes (setting <c>Storage:MaxFileBytes</c>; 10 MB unless set).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxFilesPerUpload { get; set; } = 5;
}

/// <summary>An upload that passed the checks, ready to be saved.</summary>
public sealed record CheckedFile(IFormFile Form, FileType Type, string FileName);

/// <summary>
/// Checks uploads (not empty, not too big, of an accepted type by content) and keeps them on disk.
/// Files are written before the database row that points to them; a failed save deletes them again.
/// </summary>
public sealed class FileStore(FileStoreOptions options)
{
    public FileStoreOptions Options => options;

    /// <summary>The checked files, or the first problem in Vietnamese for the person who sent them.</summary>
    public (IReadOnlyList<CheckedFile> Files, string? Problem) Check(IReadOnlyList<IFormFile> uploads, IReadOnlyList<FileType> allowed)
    {
        if (uploads.Count > options.MaxFilesPerUpload)
            return ([], $"Mỗi lần chỉ đính kèm tối đa {options.MaxFilesPerUpload} tệp.");
        var files = new List<CheckedFile>();
        foreach (var upload in uploads)
        {
            var shownName = SafeFileName.Stem(upload.FileName);
            if (upload.Length == 0) return ([], $"Tệp \"{shownName}\" rỗng.");
            if (upload.Length > options.MaxFileBytes)
                return ([], $"Tệp \"{shownName}\" lớn hơn {Megabytes(options.MaxFileBytes)} MB cho phép.");
            using var content = upload.OpenReadStream();
            using var seekable = Seekable(content);
            if (FileTypes.Detect(seekable, allowed) is not { } type)
                return ([], $"Tệp \"{shownName}\" không phải {string.Join(", ", allowed.Select(t => t.Label))}.");
            files.Add(new CheckedFile(upload, type, SafeFileName.Clean(upload.FileName, type)));
        }
        return (files, null);
    }

    /// <summary>Writes the file under a new random name and returns that name.</summary>
    public async Task<string> SaveAsync(CheckedFile file, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(options.Folder);
        var storedName = Guid.NewGuid().ToString("N") + file.Type.Extension;
        var path = PathOf(storedName);
        var temporary = path + ".part";
        await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            await file.Form.CopyToAsync(target, cancel);
        File.Move(temporary, path);
        return storedName;
    }

    public void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>The full path of a stored file. Stored names are generated here, but check anyway that none leaves the folder.</summary>
    public string PathOf(string storedName)
    {
        var folder = Path.GetFullPath(options.Folder);
        var path = Path.GetFullPath(Path.Combine(folder, storedName));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A stored file name points outside the storage folder.");
        return path;
    }

    private static Stream Seekable(Stream content)
    {
        if (content.CanSeek) return content;
        var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy;
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}

public static class FileStoreServices
{
    /// <summary>Uploads go under <c>App_Data/files</c> of the content root unless <c>Storage:Folder</c> says otherwise.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection("Storage").Get<FileStoreOptions>() ?? new FileStoreOptions();
        options.Folder = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Folder)
            ? Path.Combine(contentRoot, "App_Data", "files")
            : Path.Combine(contentRoot, options.Folder));
        return services.AddSingleton(options).AddSingleton<FileStore>();
    }
}
