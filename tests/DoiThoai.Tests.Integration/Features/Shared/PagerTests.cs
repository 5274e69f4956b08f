using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Shared;

/// <summary>The shared pager: a step that cannot be taken is no link, so it points nowhere.</summary>
public class PagerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Enough answer templates in the ward for three pages of twenty, added once per test class's portal.</summary>
    private async Task<HttpClient> WardWithLongListAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var ward = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            if (!await db.AnswerTemplates.AnyAsync(t => t.Title.StartsWith("Mẫu phân trang")))
            {
                db.AnswerTemplates.AddRange(Enumerable.Range(1, 45).Select(i => new AnswerTemplate
                {
                    UnitId = ward, Title = $"Mẫu phân trang {i:00}", Body = "Trả lời theo quy định hiện hành.",
                }));
                await db.SaveChangesAsync();
            }
            return true;
        });
        return await factory.SignedInClientAsync(Demo.KyPhuongWard);
    }

    private static string Pager(string html)
    {
        var pager = Regex.Match(html, "<nav aria-label=\"Phân trang\".*?</nav>", RegexOptions.Singleline);
        Assert.True(pager.Success, "The list should be long enough to have a pager.");
        return pager.Value;
    }

    private static string Step(string pager, string label) =>
        Regex.Match(pager, $"<(a|span)[^>]*aria-label=\"{label}\"[^>]*>", RegexOptions.Singleline).Value;

    [Fact]
    public async Task First_page_shows_previous_as_a_disabled_span_without_href_and_next_as_a_link()
    {
        var client = await WardWithLongListAsync();
        var pager = WebUtility.HtmlDecode(Pager(await client.GetStringAsync("/AnswerTemplates")));

        var previous = Step(pager, "Trang trước");
        Assert.StartsWith("<span", previous);
        Assert.Contains("aria-disabled=\"true\"", previous);
        Assert.DoesNotContain("href", previous);

        var next = Step(pager, "Trang sau");
        Assert.StartsWith("<a", next);
        Assert.Matches("href=\"[^\"]*[Pp]age=2\"", next);
    }

    [Fact]
    public async Task Last_page_shows_next_as_a_disabled_span_without_href()
    {
        var client = await WardWithLongListAsync();
        // A page past the end shows the last one.
        var pager = WebUtility.HtmlDecode(Pager(await client.GetStringAsync("/AnswerTemplates?page=9999")));

        var next = Step(pager, "Trang sau");
        Assert.StartsWith("<span", next);
        Assert.Contains("aria-disabled=\"true\"", next);
        Assert.DoesNotContain("href", next);
        Assert.StartsWith("<a", Step(pager, "Trang trước"));
    }
}
