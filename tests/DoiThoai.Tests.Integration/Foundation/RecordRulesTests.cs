using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Foundation;

/// <summary>The rules every domain record gets from AppDbContext: audit, soft delete, concurrency, search text.</summary>
public class RecordRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> AddOrganizationAsync(string name) => await factory.WithDbAsync(async db =>
    {
        var unit = await db.Units.FirstAsync(u => u.Code == "HT-KA-KHA");
        var organization = new Organization { Name = name, Kind = OrganizationKind.FarmersAssociation, UnitId = unit.Id };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    });

    [Fact]
    public async Task Creating_and_changing_a_record_writes_audit_entries_with_old_and_new_values()
    {
        var id = await AddOrganizationAsync("Hội Nông dân xã Kỳ Hà");
        await factory.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == id);
            organization.Name = "Hội Nông dân xã Kỳ Hà (đổi tên)";
            return await db.SaveChangesAsync();
        });

        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(Organization) && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        Assert.Contains("Hội Nông dân xã Kỳ Hà", entries[0].Changes);
        Assert.Contains("\"old\":\"Hội Nông dân xã Kỳ Hà\"", entries[1].Changes);
        Assert.Contains("\"new\":\"Hội Nông dân xã Kỳ Hà (đổi tên)\"", entries[1].Changes);
        Assert.DoesNotContain("Version", entries[1].Changes);
        Assert.All(entries, e => Assert.Equal(DateTimeKind.Utc, DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc).Kind));
        Assert.All(entries, e => Assert.NotNull(e.UnitId));
    }

    [Fact]
    public async Task The_audit_entry_belongs_to_the_changes_transaction()
    {
        var name = "Chi hội rút lại " + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var unit = await db.Units.FirstAsync(u => u.Code == "HT-KA-KHA");
            db.Organizations.Add(new Organization { Name = name, Kind = OrganizationKind.AssociationBranch, UnitId = unit.Id });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.False(await factory.WithDbAsync(db => db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Name == name)));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes.Contains(name))));
    }

    [Fact]
    public async Task Deleting_a_record_hides_it_but_keeps_the_row_and_the_history()
    {
        var id = await AddOrganizationAsync("Tổ chức sẽ bị xóa");
        await factory.WithDbAsync(async db =>
        {
            db.Organizations.Remove(await db.Organizations.SingleAsync(o => o.Id == id));
            return await db.SaveChangesAsync();
        });

        Assert.False(await factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
        var row = await factory.WithDbAsync(db => db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == id));
        Assert.True(row.IsDeleted);
        Assert.NotNull(row.DeletedAtUtc);
        Assert.True(await factory.WithDbAsync(db =>
            db.AuditEntries.AnyAsync(a => a.EntityId == id.ToString() && a.EntityType == nameof(Organization) && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task A_second_save_of_a_stale_copy_is_refused()
    {
        var id = await AddOrganizationAsync("Tổ chức sửa đồng thời");
        await factory.WithDbAsync(async first =>
        {
            var mine = await first.Organizations.SingleAsync(o => o.Id == id);
            await factory.WithDbAsync(async second =>
            {
                var theirs = await second.Organizations.SingleAsync(o => o.Id == id);
                theirs.Name = "Người thứ hai lưu trước";
                return await second.SaveChangesAsync();
            });
            mine.Name = "Người thứ nhất lưu sau";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
            return 0;
        });
        Assert.Equal("Người thứ hai lưu trước", await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Search_text_is_folded_so_searches_without_diacritics_match()
    {
        var id = await AddOrganizationAsync("Đoàn Thanh niên xã Kỳ Hà");
        var found = await factory.WithDbAsync(db =>
            db.Organizations.Where(o => o.SearchText.Contains(VietnameseText.Fold("doan thanh nien xa ky ha"))).Select(o => o.Id).ToListAsync());
        Assert.Contains(id, found);
    }

    [Fact]
    public async Task User_accounts_never_enter_the_audit_trail_with_secrets()
    {
        await factory.WithDbAsync(db => db.Users.CountAsync());
        var leaked = await factory.WithDbAsync(db => db.AuditEntries
            .AnyAsync(a => a.Changes.Contains("PasswordHash") || a.Changes.Contains("SecurityStamp") || a.Changes.Contains("AQAAAA")));
        Assert.False(leaked);
    }
}
