using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Topic = DoiThoai.Web.Domain.Conferences.Topic;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Dashboard;

/// <summary>
/// The dashboard's and the report's share of answers judged settled by their raisers (issue 18), on a small hand-made
/// set of 2005, a year the demo data does not reach: exact numbers per unit, responsible body and topic, over whole
/// months (the month figures) and partial ones (the conference figures); a ward sees only its own.
/// </summary>
public class VerdictFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Year = "Kind=Year&Year=2005";
    private const string Body1 = "Ban Quản lý chợ kiểm tra số liệu";
    private const string Body2 = "Đội Trật tự đô thị kiểm tra số liệu";
    private const string Topic1 = "Chợ dân sinh (số liệu)";
    private const string Topic2 = "Trật tự đô thị (số liệu)";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _seeded;

    /// <summary>
    /// Kỳ Phương: a conference in March (settled, unsettled, settled, and one answered but not judged) and one on 30 June
    /// (settled, unsettled without a topic); another ward of the district: one in April (unsettled, settled without a body).
    /// Kỳ Phương's judged items have a deadline, one answered after it.
    /// </summary>
    private async Task SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_seeded) return;
            await factory.WithDbAsync(async db =>
            {
                var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
                var other = await db.Units.Where(u => u.ParentId == ward.ParentId && u.Id != ward.Id).OrderBy(u => u.Id).FirstAsync();
                var bodyA = new Organization { Name = Body1, UnitId = ward.Id, Kind = OrganizationKind.PeoplesCommittee };
                var bodyB = new Organization { Name = Body2, UnitId = ward.ParentId!.Value, Kind = OrganizationKind.PeoplesCommittee };
                var t1 = new Topic { Name = Topic1, UnitId = ward.ParentId!.Value };
                var t2 = new Topic { Name = Topic2, UnitId = ward.ParentId!.Value };
                db.AddRange(bodyA, bodyB, t1, t2);
                await db.SaveChangesAsync();

                async Task ConferenceAsync(AdministrativeUnit unit, DateOnly heldOn,
                    params (Organization? Body, Topic? Topic, RaiserVerdict? Verdict, bool Late)[] items)
                {
                    var conference = new Conference { Title = "Đối thoại số liệu hài lòng", UnitId = unit.Id, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.Held, HeldOn = heldOn };
                    db.Conferences.Add(conference);
                    await db.SaveChangesAsync();
                    var petitions = items.Select((x, i) => new Petition
                    {
                        ConferenceId = conference.Id, UnitId = unit.Id, Order = i + 1, Kind = PetitionKind.Petition, Content = $"Kiến nghị số liệu {i + 1}", TopicId = x.Topic?.Id,
                    }).ToList();
                    db.Petitions.AddRange(petitions);
                    await db.SaveChangesAsync();
                    // Only Kỳ Phương's items have a deadline: its on-time share is 5 of 6, the other ward's is none.
                    var deadline = unit.Id == ward.Id ? new DateOnly(2005, 12, 31) : (DateOnly?)null;
                    db.FollowUps.AddRange(items.Select((x, i) => new FollowUpItem
                    {
                        UnitId = unit.Id, ConferenceId = conference.Id, PetitionId = petitions[i].Id, Kind = FollowUpKind.Petition,
                        State = FollowUpState.Resolved, ResponsibleOrganizationId = x.Body?.Id, ResponsibleUnitId = x.Body?.UnitId, Deadline = deadline,
                        ClosedAtUtc = x.Late ? new DateTime(2006, 2, 1, 3, 0, 0, DateTimeKind.Utc) : new DateTime(2005, 7, 1, 3, 0, 0, DateTimeKind.Utc),
                        Result = "Đã trả lời.", ProgressPercent = 100, Verdict = x.Verdict,
                        VerdictAtUtc = x.Verdict is null ? null : new DateTime(2005, 8, 1, 3, 0, 0, DateTimeKind.Utc),
                    }));
                    await db.SaveChangesAsync();
                }

                await ConferenceAsync(ward, new DateOnly(2005, 3, 10),
                    (bodyA, t1, RaiserVerdict.Settled, false), (bodyA, t1, RaiserVerdict.NotSettled, true), (bodyB, t2, RaiserVerdict.Settled, false),
                    (bodyB, t2, (RaiserVerdict?)null, false));
                await ConferenceAsync(ward, new DateOnly(2005, 6, 30), (bodyB, t2, RaiserVerdict.Settled, false), (bodyA, null, RaiserVerdict.NotSettled, false));
                await ConferenceAsync(other, new DateOnly(2005, 4, 1), (bodyB, t1, RaiserVerdict.NotSettled, false), (null, t2, RaiserVerdict.Settled, false));
                return 0;
            });
            _seeded = true;
        }
        finally
        {
            Once.Release();
        }
    }

    private Task<string> OtherWardNameAsync() => factory.WithDbAsync(async db =>
    {
        var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
        return await db.Units.Where(u => u.ParentId == ward.ParentId && u.Id != ward.Id).OrderBy(u => u.Id).Select(u => u.Name).FirstAsync();
    });

    private static string Section(string html)
    {
        var text = WebUtility.HtmlDecode(html);
        var start = text.IndexOf("id=\"h-verdicts\"", StringComparison.Ordinal);
        Assert.True(start > 0, "The dashboard should have the verdicts section.");
        return text[start..text.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Figure(string html, string key) =>
        Regex.Match(html, $"data-figure=\"{Regex.Escape(key)}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();

    /// <summary>The cells of a table's row whose name holds the text: judged, settled, unsettled, share (and on time).</summary>
    private static string[] Row(string section, string table, string name)
    {
        var body = Regex.Match(section, $"data-table=\"{table}\".*?</table>", RegexOptions.Singleline).Value;
        var row = Regex.Match(body, $"<tr data-row=\"[^\"]*{Regex.Escape(name)}[^\"]*\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row {name} in {table}.");
        return Regex.Matches(row.Groups[1].Value, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value.Trim()).ToArray();
    }

    [Fact]
    public async Task District_sees_the_settled_share_per_unit_body_and_topic_beside_the_on_time_share()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = Section(await client.GetStringAsync($"/Dashboard?{Year}"));

        Assert.Contains("Mức độ hài lòng của người nêu", html);
        Assert.Equal("7", Figure(html, "verdict-judged"));
        Assert.Equal("4", Figure(html, "verdict-settled"));
        Assert.Equal("3", Figure(html, "verdict-unsettled"));
        Assert.Equal("4/7 (57,1 %)", Figure(html, "verdict-share"));
        // The period's on-time share is the dashboard's own: 5 of Kỳ Phương’s 6 items with a deadline done by it.
        Assert.Equal("83,3 %", Figure(html, "verdict-ontime"));

        Assert.Equal(["5", "3", "2", "3/5 (60,0 %)", "83,3 %"], Row(html, "verdict-by-unit", "Kỳ Phương"));
        var other = await OtherWardNameAsync();
        Assert.Equal(["2", "1", "1", "1/2 (50,0 %)", "–"], Row(html, "verdict-by-unit", other));

        Assert.Equal(["3", "1", "2", "1/3 (33,3 %)"], Row(html, "verdict-by-body", Body1));
        Assert.Equal(["3", "2", "1", "2/3 (66,7 %)"], Row(html, "verdict-by-body", Body2));
        Assert.Equal(["1", "1", "0", "1/1 (100,0 %)"], Row(html, "verdict-by-body", "Chưa giao cơ quan chủ trì"));

        Assert.Equal(["3", "1", "2", "1/3 (33,3 %)"], Row(html, "verdict-by-topic", Topic1));
        Assert.Equal(["3", "3", "0", "3/3 (100,0 %)"], Row(html, "verdict-by-topic", Topic2));
        Assert.Equal(["1", "0", "1", "0/1 (0,0 %)"], Row(html, "verdict-by-topic", "Chưa phân loại"));
    }

    [Fact]
    public async Task A_ward_sees_only_its_own_verdicts_whatever_unit_it_asks_for()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = Section(await client.GetStringAsync($"/Dashboard?{Year}"));
        Assert.Equal("5", Figure(html, "verdict-judged"));
        Assert.Equal("3/5 (60,0 %)", Figure(html, "verdict-share"));
        Assert.Equal(["3", "1", "2", "1/3 (33,3 %)"], Row(html, "verdict-by-body", Body1));
        Assert.Equal(["2", "2", "0", "2/2 (100,0 %)"], Row(html, "verdict-by-body", Body2));
        Assert.Equal(["2", "1", "1", "1/2 (50,0 %)"], Row(html, "verdict-by-topic", Topic1));
        Assert.Equal(["2", "2", "0", "2/2 (100,0 %)"], Row(html, "verdict-by-topic", Topic2));
        Assert.DoesNotContain("Chưa giao cơ quan chủ trì", html);
        Assert.DoesNotContain(await OtherWardNameAsync(), html);

        var otherId = await factory.WithDbAsync(async db =>
        {
            var ward = await db.Units.SingleAsync(u => u.Code == "HT-KA-KPH");
            return await db.Units.Where(u => u.ParentId == ward.ParentId && u.Id != ward.Id).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Dashboard?{Year}&UnitId={otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Excel?{Year}&UnitId={otherId}")).StatusCode);
    }

    [Fact]
    public async Task Partial_months_count_from_the_conference_figures_the_same_way()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        // 5 March to 30 June: March and June are partial, April and May whole.
        var html = Section(await client.GetStringAsync("/Dashboard?Kind=Custom&From=2005-03-05&To=2005-06-30"));
        Assert.Equal("4/7 (57,1 %)", Figure(html, "verdict-share"));
        Assert.Equal(["5", "3", "2", "3/5 (60,0 %)", "83,3 %"], Row(html, "verdict-by-unit", "Kỳ Phương"));
        // 1 April to 29 June: the other ward's conference alone.
        var april = Section(await client.GetStringAsync("/Dashboard?Kind=Custom&From=2005-04-01&To=2005-06-29"));
        Assert.Equal("1/2 (50,0 %)", Figure(april, "verdict-share"));
        Assert.Equal(["1", "0", "1", "0/1 (0,0 %)"], Row(april, "verdict-by-body", Body2));
        Assert.Equal(["1", "0", "1", "0/1 (0,0 %)"], Row(april, "verdict-by-topic", Topic1));
        Assert.DoesNotContain(Body1, april);
    }

    [Fact]
    public async Task The_report_holds_the_same_shares_with_numbers_as_number_cells_in_Excel()
    {
        await SeedAsync();
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports?{Year}"));
        Assert.Contains("VIII. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO ĐƠN VỊ", page);
        Assert.Contains("IX. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO CƠ QUAN CHỦ TRÌ", page);
        Assert.Contains("X. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI NÊU THEO LĨNH VỰC", page);

        var excel = await client.GetByteArrayAsync($"/Reports/Excel?{Year}");
        var sheets = Xlsx.Read(new MemoryStream(excel));
        List<string> Line(string sheet, string first) => [.. sheets[sheet].First(r => r[0] == first).Cells.Select(c => c.Trim())];
        Assert.Equal(["Tổng cộng", "7", "4", "3", "0.571", "0.833"], Line("Hài lòng theo đơn vị", "Tổng cộng").Select(Rounded));
        Assert.Equal([Body2, "3", "2", "1", "0.667"], Line("Hài lòng theo cơ quan", Body2).Select(Rounded));
        Assert.Equal([Topic2, "3", "3", "0", "1"], Line("Hài lòng theo lĩnh vực", Topic2).Select(Rounded));

        // The counts are number cells, not text: a spreadsheet adds them up.
        using var document = SpreadsheetDocument.Open(new MemoryStream(excel), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "Hài lòng theo cơ quan");
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1).First().Elements<Cell>().ToList();
        Assert.All(cells.Skip(1), c => Assert.True(c.DataType is null || c.DataType.Value == CellValues.Number, $"{c.CellReference} should be a number."));
        Assert.NotNull(cells[0].DataType);

        var word = await client.GetByteArrayAsync($"/Reports/Word?{Year}");
        using var wordDocument = WordprocessingDocument.Open(new MemoryStream(word), false);
        var rows = wordDocument.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["Tổng cộng", "7", "4", "3", "57,1 %", "83,3 %"]));
    }

    private static string Rounded(string cell) =>
        double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && cell.Contains('.')
            ? Math.Round(d, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) : cell;
}
