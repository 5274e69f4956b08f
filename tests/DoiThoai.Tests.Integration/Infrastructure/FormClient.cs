using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;

namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>Posts forms the way a browser does: read the page, take its antiforgery token, post.</summary>
public static partial class FormClient
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="formPageUrl"/> for a token, then posts the fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPageUrl);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>Signs in through the real login form; the returned client carries the cookie.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email,
        string password = DemoDataSeeder.DemoPassword)
    {
        var client = factory.CreateBareClient();
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
        [
            new("Email", email),
            new("Password", password),
        ]);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}.");
        return client;
    }
}

/// <summary>The demo accounts by role, as seeded.</summary>
public static class Demo
{
    public const string Admin = "quantri@demo.local";
    public const string DistrictStaff = "vanphong.kyanh@demo.local";
    public const string KyPhuongWard = "kyphuong@demo.local";
    public const string ThanhBinhWard = "thanhbinh@demo.local";
    public const string FrontStaff = "mattran.kyanh@demo.local";
    public const string Leader = "lanhdao.kyanh@demo.local";
    public const string Editor = "bientap.kyanh@demo.local";
}
