using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Staff;

/// <summary>
/// A follow-up tile on the staff home counts as the list it opens does (ADR 0017): exactly up to 10,000, then
/// "Hơn 10.000", on the home and on the list alike, instead of counting every item of ten years on each visit.
/// </summary>
public sealed class StaffHomeBoundTests
{
    [Fact]
    public async Task A_wards_overdue_tile_past_ten_thousand_says_more_than_ten_thousand_as_its_list_does()
    {
        await using var portal = new PortalFactory();
        // 10,001 open items answered by Kỳ Phương, overdue since 2020: copies of one item, without its unique codes.
        await portal.WithDbAsync(async db =>
        {
            var wardId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
            var source = await db.FollowUps.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
            var columns = (await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('FollowUps') WHERE name <> 'Id'").ToListAsync());
            var values = columns.Select(c => c switch
            {
                "Code" or "ConclusionItemId" or "MergedIntoId" or "PetitionId" => "NULL",
                "State" => ((int)FollowUpState.Assigned).ToString(),
                "Deadline" => "'2020-01-01'",
                "ResponsibleUnitId" => wardId.ToString(),
                "IsDeleted" => "0",
                _ => $"f.\"{c}\"",
            });
            var copies =
                $"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) " +
                $"INSERT INTO FollowUps ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"SELECT {string.Join(", ", values)} FROM n, FollowUps f WHERE f.Id = {source}";
            return await db.Database.ExecuteSqlRawAsync(copies);
        });
        var ward = await portal.SignedInClientAsync(Demo.KyPhuongWard);

        var home = WebUtility.HtmlDecode(await ward.GetStringAsync("/Staff"));
        Assert.Matches("data-testid=\"count-overdue\">Hơn 10.000<", home);
        var link = Regex.Match(home, "<a [^>]*href=\"([^\"]+)\"[^>]*data-testid=\"work-overdue\"|<a [^>]*data-testid=\"work-overdue\"[^>]*href=\"([^\"]+)\"")
            .Groups.Values.Skip(1).First(g => g.Success).Value;
        var list = WebUtility.HtmlDecode(await ward.GetStringAsync(link));
        Assert.Matches("data-testid=\"followup-count\">Hơn 10.000 việc", list);
    }
}
