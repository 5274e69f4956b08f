using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Minutes;

/// <summary>
/// The finality gate sits in the writes themselves: code that calls the services without going through a
/// controller (a job, an import, a new feature) cannot change final minutes without an amendment and its reason.
/// </summary>
public class FinalityGateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> FinalConferenceAsync(string title)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unitId = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync();
        var conference = new Conference
        {
            UnitId = unitId, Title = title, Kind = ConferenceKind.Dialogue, Status = ConferenceStatus.MinutesComplete,
            HeldOn = new DateOnly(2026, 3, 15), MinutesState = MinutesState.Final,
        };
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        return conference.Id;
    }

    private Task<int> PetitionCountAsync(int id) => factory.WithDbAsync(db => db.Petitions.CountAsync(p => p.ConferenceId == id));

    [Fact]
    public async Task A_service_call_that_skips_the_reason_cannot_add_to_final_minutes()
    {
        var id = await FinalConferenceAsync("Đối thoại: thêm dòng không qua trang nhập");
        using var scope = factory.Services.CreateScope();
        var minutes = scope.ServiceProvider.GetRequiredService<MinutesService>();
        var conference = (await minutes.FindConferenceAsync(id))!;

        await Assert.ThrowsAsync<FinalMinutesException>(() =>
            minutes.AddPetitionAsync(conference, new PetitionInput { Kind = PetitionKind.Petition, Content = "Kiến nghị chen vào bản chính thức" }));
        await Assert.ThrowsAsync<FinalMinutesException>(() =>
            minutes.AddPetitionsAsync(conference, new PetitionBatchInput { Kind = PetitionKind.Opinion, Lines = ["Ý kiến dán vào bản chính thức"] }));

        Assert.Equal(0, await PetitionCountAsync(id));
        Assert.Empty(await factory.WithDbAsync(db => db.Amendments.Where(a => a.ConferenceId == id).ToListAsync()));
    }

    [Fact]
    public async Task A_service_call_that_skips_the_reason_cannot_edit_or_delete_a_final_conference()
    {
        var id = await FinalConferenceAsync("Đối thoại: sửa không qua biểu mẫu");
        using var scope = factory.Services.CreateScope();
        var conferences = scope.ServiceProvider.GetRequiredService<ConferenceService>();
        var conference = (await conferences.FindAsync(id))!;
        var input = ConferenceService.ToInput(conference, []);
        input.Title = "Tên đã đổi mà không có lý do";

        await Assert.ThrowsAsync<FinalMinutesException>(() => conferences.UpdateAsync(conference, input));
        await Assert.ThrowsAsync<FinalMinutesException>(() => conferences.DeleteAsync(conference));

        var stored = await factory.WithDbAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Đối thoại: sửa không qua biểu mẫu", stored.Title);
        Assert.False(stored.IsDeleted);
    }

    [Fact]
    public async Task A_change_admitted_with_a_reason_is_saved_with_its_amendment()
    {
        var id = await FinalConferenceAsync("Đối thoại: sửa đổi có lý do qua dịch vụ");
        using var scope = factory.Services.CreateScope();
        var minutes = scope.ServiceProvider.GetRequiredService<MinutesService>();
        var conferences = scope.ServiceProvider.GetRequiredService<ConferenceService>();
        var conference = (await minutes.FindConferenceAsync(id))!;

        Assert.False(conferences.AdmitChange(conference, "  ").Allowed);
        await Assert.ThrowsAsync<FinalMinutesException>(() =>
            minutes.AddPetitionAsync(conference, new PetitionInput { Kind = PetitionKind.Petition, Content = "Chưa có lý do" }));
        Assert.True(conferences.AdmitChange(conference, "Bổ sung kiến nghị ghi sót").Allowed);
        await minutes.AddPetitionAsync(conference, new PetitionInput { Kind = PetitionKind.Petition, Content = "Kiến nghị ghi sót" });

        Assert.Equal(1, await PetitionCountAsync(id));
        var amendment = Assert.Single(await factory.WithDbAsync(db => db.Amendments.Where(a => a.ConferenceId == id).ToListAsync()));
        Assert.Equal("Bổ sung kiến nghị ghi sót", amendment.Reason);
        Assert.Contains("Thêm kiến nghị \"Kiến nghị ghi sót\"", amendment.Summary);
    }
}
