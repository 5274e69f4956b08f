using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Infrastructure;

/// <summary>
/// Demo data for a new user and for tests: the units and organizations that the seed articles name,
/// and one sign-in per role. Idempotent: each record is looked up by its code or e-mail first.
/// Never runs in Production.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, DemoConferences conferences,
    Features.News.ConferenceFactsReader conferenceFacts, ILogger<DemoDataSeeder> logger)
{
    /// <summary>Shared by the demo accounts only; printed at start so a new user can sign in.</summary>
    public const string DemoPassword = "Demo-DoiThoai-2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("quantri@demo.local", "Quản trị hệ thống", Roles.Administrator, "HT"),
        new("vanphong.kyanh@demo.local", "Cán bộ Văn phòng Thị ủy Kỳ Anh", Roles.DistrictStaff, "HT-KA"),
        new("kyphuong@demo.local", "Cán bộ phường Kỳ Phương", Roles.WardStaff, "HT-KA-KPH"),
        new("thanhbinh@demo.local", "Cán bộ phường Thanh Bình", Roles.WardStaff, "NB-NB-TB"),
        new("mattran.kyanh@demo.local", "Cán bộ Ủy ban MTTQ thị xã Kỳ Anh", Roles.FrontStaff, "HT-KA"),
        new("lanhdao.kyanh@demo.local", "Lãnh đạo Thị ủy Kỳ Anh", Roles.Leader, "HT-KA"),
        new("bientap.kyanh@demo.local", "Đậu Thị Anh", Roles.Editor, "HT-KA"),
    ];

    public async Task SeedAsync()
    {
        var units = await SeedUnitsAsync();
        await SeedOrganizationsAsync(units);
        await SeedUsersAsync(units);
        await conferences.SeedAsync();
        await Features.News.DemoNews.SeedAsync(db, conferenceFacts);
        await Features.Plans.DemoPlans.SeedAsync(db);
        await Features.Questions.DemoQuestions.SeedAsync(db, TimeProvider.System);
    }

    private async Task<Dictionary<string, AdministrativeUnit>> SeedUnitsAsync()
    {
        var existing = await db.Units.IgnoreQueryFilters().ToDictionaryAsync(u => u.Code);
        AdministrativeUnit Unit(string code, UnitKind kind, string name, string? parentCode)
        {
            if (existing.TryGetValue(code, out var found)) return found;
            var unit = new AdministrativeUnit { Code = code, Kind = kind, Name = name, Parent = parentCode is null ? null : existing[parentCode] };
            db.Units.Add(unit);
            existing[code] = unit;
            return unit;
        }

        Unit("HT", UnitKind.Province, "Hà Tĩnh", null);
        Unit("HT-KA", UnitKind.Town, "Kỳ Anh", "HT");
        Unit("HT-KA-KPH", UnitKind.Ward, "Kỳ Phương", "HT-KA");
        Unit("HT-KA-KHA", UnitKind.Commune, "Kỳ Hà", "HT-KA");
        Unit("HT-KA-KHO", UnitKind.Commune, "Kỳ Hoa", "HT-KA");
        for (var i = 1; i <= 3; i++)
            Unit($"HT-KA-KPH-TDP{i:00}", UnitKind.ResidentialGroup, $"số {i}", "HT-KA-KPH");
        Unit("HT-HL", UnitKind.Town, "Hồng Lĩnh", "HT");
        Unit("NB", UnitKind.Province, "Ninh Bình", null);
        Unit("NB-NB", UnitKind.ProvincialCity, "Ninh Bình", "NB");
        Unit("NB-NB-TB", UnitKind.Ward, "Thanh Bình", "NB-NB");
        for (var i = 1; i <= 18; i++)
            Unit($"NB-NB-TB-TDP{i:00}", UnitKind.ResidentialGroup, $"số {i}", "NB-NB-TB");

        // Paths need the ids, so units are saved level by level from the root.
        await SaveWithPathsAsync(existing.Values);
        return existing;
    }

    private async Task SaveWithPathsAsync(IEnumerable<AdministrativeUnit> units)
    {
        var pending = units.Where(u => u.Id == 0).OrderBy(Depth).ToList();
        if (pending.Count == 0) return;

        // Paths are built from ids, which exist only after the first save.
        await db.SaveChangesAsync();
        foreach (var unit in pending)
            unit.Path = UnitPath.ChildOf(unit.Parent?.Path ?? UnitPath.Root, unit.Id);
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded {Count} demo units", pending.Count);

        static int Depth(AdministrativeUnit unit) => unit.Parent is null ? 0 : 1 + Depth(unit.Parent);
    }

    private async Task SeedOrganizationsAsync(Dictionary<string, AdministrativeUnit> units)
    {
        var existing = (await db.Organizations.IgnoreQueryFilters().Select(o => new { o.UnitId, o.Name }).ToListAsync())
            .Select(o => (o.UnitId, o.Name)).ToHashSet();
        var added = new Dictionary<string, Organization>();
        Organization? Org(string unitCode, OrganizationKind kind, string name, string? shortName = null, string? parentName = null)
        {
            var unit = units[unitCode];
            if (existing.Contains((unit.Id, name))) return null;
            var organization = new Organization
            {
                Unit = unit, UnitId = unit.Id, Kind = kind, Name = name, ShortName = shortName,
                ParentOrganization = parentName is null ? null : added.GetValueOrDefault(parentName),
            };
            db.Organizations.Add(organization);
            added[name] = organization;
            return organization;
        }

        Org("HT", OrganizationKind.PartyCommittee, "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "BTV Tỉnh ủy");

        Org("HT-KA", OrganizationKind.PartyCommittee, "Thị ủy Kỳ Anh", "Thị ủy");
        Org("HT-KA", OrganizationKind.Department, "Văn phòng Thị ủy Kỳ Anh");
        Org("HT-KA", OrganizationKind.Department, "Ban Dân vận Thị ủy Kỳ Anh");
        Org("HT-KA", OrganizationKind.PeoplesCommittee, "Ủy ban nhân dân thị xã Kỳ Anh", "UBND thị xã");
        Org("HT-KA", OrganizationKind.PeoplesCouncil, "Hội đồng nhân dân thị xã Kỳ Anh", "HĐND thị xã");
        Org("HT-KA", OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh", "UBMTTQ thị xã");
        Org("HT-KA", OrganizationKind.FarmersAssociation, "Hội Nông dân thị xã Kỳ Anh");
        Org("HT-KA", OrganizationKind.YouthUnion, "Đoàn Thanh niên thị xã Kỳ Anh", "Thị đoàn");
        Org("HT-KA", OrganizationKind.VeteransAssociation, "Hội Cựu chiến binh thị xã Kỳ Anh");
        Org("HT-KA", OrganizationKind.LaborFederation, "Liên đoàn Lao động thị xã Kỳ Anh");
        Org("HT-KA", OrganizationKind.WomensUnion, "Hội Liên hiệp Phụ nữ thị xã Kỳ Anh");
        Org("HT-KA", OrganizationKind.Other, "Ban Đoàn kết Công giáo thị xã Kỳ Anh");
        Org("HT-KA", OrganizationKind.Other, "Ban chỉ đạo phong trào thi đua Dân vận khéo và quy chế dân chủ cơ sở thị xã Kỳ Anh");

        Org("HT-KA-KPH", OrganizationKind.PartyCommittee, "Đảng ủy phường Kỳ Phương");
        Org("HT-KA-KPH", OrganizationKind.PeoplesCommittee, "Ủy ban nhân dân phường Kỳ Phương", "UBND phường");
        Org("HT-KA-KPH", OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương", "UBMTTQ phường");
        Org("HT-KA-KPH", OrganizationKind.FarmersAssociation, "Hội Nông dân phường Kỳ Phương");
        Org("HT-KA-KPH", OrganizationKind.YouthUnion, "Đoàn Thanh niên phường Kỳ Phương");
        Org("HT-KA-KPH", OrganizationKind.VeteransAssociation, "Hội Cựu chiến binh phường Kỳ Phương");
        Org("HT-KA-KPH", OrganizationKind.WomensUnion, "Hội Liên hiệp Phụ nữ phường Kỳ Phương");
        for (var i = 1; i <= 3; i++)
        {
            Org($"HT-KA-KPH-TDP{i:00}", OrganizationKind.AssociationBranch, $"Chi hội Nông dân tổ dân phố số {i}", parentName: "Hội Nông dân phường Kỳ Phương");
            Org($"HT-KA-KPH-TDP{i:00}", OrganizationKind.YouthBranch, $"Chi đoàn tổ dân phố số {i}", parentName: "Đoàn Thanh niên phường Kỳ Phương");
        }

        Org("HT-HL", OrganizationKind.PartyCommittee, "Thị ủy Hồng Lĩnh", "Thị ủy");
        Org("HT-HL", OrganizationKind.Department, "Ban Dân vận Thị ủy Hồng Lĩnh");
        Org("HT-HL", OrganizationKind.PeoplesCommittee, "Ủy ban nhân dân thị xã Hồng Lĩnh", "UBND thị xã");
        Org("HT-HL", OrganizationKind.PeoplesCouncil, "Hội đồng nhân dân thị xã Hồng Lĩnh", "HĐND thị xã");
        Org("HT-HL", OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc thị xã Hồng Lĩnh", "UBMTTQ thị xã");
        Org("HT-HL", OrganizationKind.FarmersAssociation, "Hội Nông dân thị xã Hồng Lĩnh");
        Org("HT-HL", OrganizationKind.YouthUnion, "Đoàn Thanh niên thị xã Hồng Lĩnh", "Thị đoàn");
        Org("HT-HL", OrganizationKind.VeteransAssociation, "Hội Cựu chiến binh thị xã Hồng Lĩnh");
        Org("HT-HL", OrganizationKind.LaborFederation, "Liên đoàn Lao động thị xã Hồng Lĩnh");
        Org("HT-HL", OrganizationKind.WomensUnion, "Hội Liên hiệp Phụ nữ thị xã Hồng Lĩnh");

        Org("NB-NB", OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Ninh Bình", "UBMTTQ thành phố");
        Org("NB-NB-TB", OrganizationKind.PartyCommittee, "Đảng ủy phường Thanh Bình");
        Org("NB-NB-TB", OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình", "UBMTTQ phường");
        for (var i = 1; i <= 18; i++)
            Org($"NB-NB-TB-TDP{i:00}", OrganizationKind.FrontWorkCommittee, $"Ban công tác Mặt trận tổ dân phố số {i}",
                parentName: "Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình");

        if (added.Count == 0) return;
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded {Count} demo organizations", added.Count);
    }

    private async Task SeedUsersAsync(Dictionary<string, AdministrativeUnit> units)
    {
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                UnitId = units[account.UnitCode].Id,
                CreatedAtUtc = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo user {account.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, account.Role);
            logger.LogInformation("Seeded demo user {Email} ({Role})", account.Email, account.Role);
        }
    }
}

public sealed record DemoAccount(string Email, string FullName, string Role, string UnitCode);
