namespace DoiThoai.Web.Infrastructure;

/// <summary>The portal's own address as written into e-mails (<c>Portal:BaseUrl</c>).</summary>
public static class PortalAddress
{
    /// <summary>
    /// Where <c>dotnet run</c> listens (Properties/launchSettings.json), so links in a newcomer's e-mails open the
    /// running portal; production sets <c>Portal:BaseUrl</c> to its public address.
    /// </summary>
    public const string DefaultBaseUrl = "http://localhost:5080";

    /// <summary>The configured base address without a trailing slash, or <see cref="DefaultBaseUrl"/>.</summary>
    public static string BaseUrl(IConfiguration configuration) =>
        (configuration["Portal:BaseUrl"] is { Length: > 0 } configured ? configured : DefaultBaseUrl).TrimEnd('/');
}
