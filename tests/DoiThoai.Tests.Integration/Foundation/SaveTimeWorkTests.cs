using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>
/// The save-time work runs as interceptors (ADR 0011): audit entries and events are written with the change, and a
/// save refused for a conflict leaves nothing open that would swallow the next save of the same request.
/// </summary>
public class SaveTimeWorkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> AddOrganizationAsync(AppDbContext db, string name)
    {
        var unit = await db.Units.FirstAsync(u => u.Code == "HT-KA-KHA");
        var organization = new Organization { Name = name, Kind = OrganizationKind.FarmersAssociation, UnitId = unit.Id };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    private Task<List<AuditEntry>> EntriesAsync(int id) => factory.WithDbAsync(db => db.AuditEntries
        .Where(a => a.EntityType == nameof(Organization) && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_save_after_a_conflict_in_the_same_request_is_written_with_its_audit_entry()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await AddOrganizationAsync(db, "Hội Nông dân xã Kỳ Hà (xung đột)");
        var organization = await db.Organizations.SingleAsync(o => o.Id == id);

        organization.Name = "Tên của người lưu sau";
        Assert.False(await db.TrySaveAsync(organization, Guid.NewGuid()));
        var again = await db.Organizations.SingleAsync(o => o.Id == id);
        again.Name = "Tên lưu lại sau khi xem thay đổi";
        await db.SaveChangesAsync();

        // Read through another connection while the request's context is still open: only committed rows are seen.
        var stored = await factory.WithDbAsync(d => d.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal("Tên lưu lại sau khi xem thay đổi", stored.Name);
        var entries = await EntriesAsync(id);
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        Assert.Contains("Tên lưu lại sau khi xem thay đổi", entries[1].Changes);
        Assert.DoesNotContain("Tên của người lưu sau", entries[1].Changes);
    }

    [Fact]
    public async Task An_audit_event_is_saved_with_the_actor_and_the_time_of_its_save()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await AddOrganizationAsync(db, "Hội Nông dân xã Kỳ Hà (sự kiện)");
        var before = DateTime.UtcNow.AddSeconds(-1);

        db.AddAuditEvent(nameof(Organization), id.ToString(), null, "Sự kiện thử của kiểm tra");
        await db.SaveChangesAsync();

        var saved = (await EntriesAsync(id)).Single(e => e.Action == AuditAction.Event);
        Assert.Equal("Sự kiện thử của kiểm tra", saved.Note);
        Assert.Equal(SystemActor.Instance.UserName, saved.UserName);
        Assert.Null(saved.UserId);
        Assert.InRange(saved.AtUtc, before, DateTime.UtcNow.AddSeconds(1));
    }
}
