using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Shared;

/// <summary>
/// Issue 15, point 4 on a record's page: "Sửa", "Nhập biên bản" and "Xóa" are offered only to a user the target action
/// lets in (the walk found a leader sent to 403 by them); each one offered opens.
/// </summary>
[Collection(ReadOnlyPortal.Name)]
public class RecordButtonsTests(PortalFactory factory)
{
    private async Task<(int Conference, int Organization)> KyPhuongRecordsAsync() =>
        await factory.WithDbAsync(async db => (
            await db.Conferences.Where(c => c.Unit!.Code == "HT-KA-KPH").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Organizations.Where(o => o.Unit!.Code == "HT-KA-KPH").OrderBy(o => o.Id).Select(o => o.Id).FirstAsync()));

    private static string[] RecordLinks(int conference, int organization) =>
    [
        $"/Minutes/Edit/{conference}", $"/Conferences/Edit/{conference}", $"/Conferences/Delete/{conference}",
        $"/Organizations/Edit/{organization}", $"/Organizations/Delete/{organization}",
    ];

    [Fact]
    public async Task A_leader_who_only_reads_is_offered_no_form_on_a_conference_or_an_organization()
    {
        var (conference, organization) = await KyPhuongRecordsAsync();
        var leader = await factory.SignedInClientAsync(Demo.Leader);

        var html = await leader.GetStringAsync($"/Conferences/Details/{conference}")
                   + await leader.GetStringAsync($"/Organizations/Details/{organization}");

        foreach (var link in RecordLinks(conference, organization))
        {
            Assert.DoesNotContain($"href=\"{link}\"", html);
            Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task The_wards_secretary_is_offered_each_form_and_each_opens()
    {
        var (conference, organization) = await KyPhuongRecordsAsync();
        var secretary = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = await secretary.GetStringAsync($"/Conferences/Details/{conference}")
                   + await secretary.GetStringAsync($"/Organizations/Details/{organization}");

        foreach (var link in RecordLinks(conference, organization))
        {
            Assert.Contains($"href=\"{link}\"", html);
            Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync(link)).StatusCode);
        }
    }
}
