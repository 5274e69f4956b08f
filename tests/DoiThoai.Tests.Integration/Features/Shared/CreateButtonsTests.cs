using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;

namespace DoiThoai.Tests.Integration.Features.Shared;

/// <summary>Issue 15, point 4: a list page offers "+ Thêm …" only to a user the target action lets in.</summary>
[Collection(ReadOnlyPortal.Name)]
public partial class CreateButtonsTests(PortalFactory factory)
{
    private static readonly string[] ListPages =
        ["/Conferences", "/Organizations", "/People", "/Topics", "/LegalBases", "/Units", "/Plans", "/AnswerTemplates", "/News", "/Users"];

    /// <summary>Each demo role, and whether it has something to add at all (a leader only reads).</summary>
    public static TheoryData<string, bool> Accounts => new()
    {
        { Demo.Admin, true }, { Demo.DistrictStaff, true }, { Demo.KyPhuongWard, true },
        { Demo.FrontStaff, true }, { Demo.Leader, false }, { Demo.Editor, true },
    };

    /// <summary>A link whose text starts with "+ ": the list pages' create buttons.</summary>
    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"[^>]*>\\s*(\\+ [^<]+)</a>")]
    private static partial Regex PlusLink();

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Every_create_button_a_role_sees_opens_its_form(string email, bool addsSomething)
    {
        var client = await factory.SignedInClientAsync(email);
        var seen = 0;
        foreach (var page in ListPages)
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in PlusLink().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                var target = await client.GetAsync(href);
                Assert.True(target.StatusCode == HttpStatusCode.OK,
                    $"{email} sees \"{WebUtility.HtmlDecode(link.Groups[2].Value.Trim())}\" on {page}, but {href} answers {(int)target.StatusCode}.");
                seen++;
            }
        }
        // Guards against a regex that matches nothing, which would make the check above vacuous.
        Assert.Equal(addsSomething, seen > 0);
    }

    [Theory]
    [InlineData(Demo.Leader)]
    [InlineData(Demo.Editor)]
    public async Task Leader_and_editor_see_no_button_to_add_a_conference_or_an_organization(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        Assert.DoesNotContain("+ Thêm hội nghị", await client.GetStringAsync("/Conferences"));
        Assert.DoesNotContain("+ Thêm tổ chức", await client.GetStringAsync("/Organizations"));
    }

    [Fact]
    public async Task Ward_staff_sees_the_buttons_to_add_a_conference_and_an_organization()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains("+ Thêm hội nghị", await client.GetStringAsync("/Conferences"));
        Assert.Contains("+ Thêm tổ chức", await client.GetStringAsync("/Organizations"));
    }

    [GeneratedRegex("<a class=\"(?:nav-link|dropdown-item)\" href=\"(/[^\"]*)\">([^<]+)</a>")]
    private static partial Regex MenuLink();

    public static TheoryData<string> Emails =>
        [Demo.Admin, Demo.DistrictStaff, Demo.KyPhuongWard, Demo.FrontStaff, Demo.Leader, Demo.Editor];

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task Every_menu_link_a_role_sees_opens_its_page(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        var html = await client.GetStringAsync("/Staff");
        var links = MenuLink().Matches(html).Select(m => (Href: WebUtility.HtmlDecode(m.Groups[1].Value), Text: m.Groups[2].Value)).Distinct().ToList();
        Assert.Contains(links, l => l.Href.StartsWith("/Conferences", StringComparison.Ordinal));
        foreach (var (href, text) in links)
        {
            var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{email} sees \"{WebUtility.HtmlDecode(text)}\" in the menu, but {href} answers {(int)response.StatusCode}.");
        }
    }
}
