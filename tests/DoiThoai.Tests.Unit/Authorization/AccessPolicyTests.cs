using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Authorization;

public class AccessPolicyTests
{
    public static TheoryData<string, ResourceKind, Operation, bool> Matrix => new()
    {
        { Roles.Administrator, ResourceKind.Unit, Operation.Update, true },
        { Roles.Administrator, ResourceKind.Organization, Operation.Delete, true },
        { Roles.DistrictStaff, ResourceKind.Unit, Operation.Read, true },
        { Roles.DistrictStaff, ResourceKind.Unit, Operation.Update, false },
        { Roles.DistrictStaff, ResourceKind.Unit, Operation.Create, false },
        { Roles.DistrictStaff, ResourceKind.Organization, Operation.Update, true },
        { Roles.WardStaff, ResourceKind.Unit, Operation.Delete, false },
        { Roles.WardStaff, ResourceKind.Organization, Operation.Create, true },
        { Roles.WardStaff, ResourceKind.Organization, Operation.Read, true },
        { Roles.FrontStaff, ResourceKind.Organization, Operation.Update, true },
        { Roles.Leader, ResourceKind.Organization, Operation.Read, true },
        { Roles.Leader, ResourceKind.Organization, Operation.Update, false },
        { Roles.Leader, ResourceKind.Unit, Operation.Create, false },
        { Roles.Editor, ResourceKind.Organization, Operation.Read, true },
        { Roles.Editor, ResourceKind.Organization, Operation.Delete, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Role_matrix_allows_exactly_what_the_domain_says(string role, ResourceKind kind, Operation operation, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.RoleAllows([role], kind, operation));

    [Fact]
    public void A_user_with_no_role_may_do_nothing()
    {
        foreach (var operation in Enum.GetValues<Operation>())
            Assert.False(AccessPolicy.RoleAllows([], ResourceKind.Organization, operation));
    }

    [Fact]
    public void Kind_of_a_record_follows_its_type()
    {
        Assert.Equal(ResourceKind.Unit, AccessPolicy.KindOf(new AdministrativeUnit()));
        Assert.Equal(ResourceKind.Organization, AccessPolicy.KindOf(new Organization()));
        // The shared legal-basis catalogue is kept like the other catalogues: by its unit's subtree.
        Assert.Equal(ResourceKind.Catalogue, AccessPolicy.KindOf(new DoiThoai.Web.Domain.Conferences.LegalBasis()));
    }

    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.FrontStaff, true)]
    [InlineData(Roles.DistrictStaff, false)]
    [InlineData(Roles.WardStaff, false)]
    [InlineData(Roles.Leader, false)]
    public void Only_the_Front_and_administrators_monitor_follow_up(string role, bool monitors) =>
        Assert.Equal(monitors, AccessPolicy.MayMonitor([role]));

    [Theory]
    [InlineData(Roles.Leader, true)]
    [InlineData(Roles.FrontStaff, true)]
    [InlineData(Roles.WardStaff, false)]
    [InlineData(Roles.DistrictStaff, false)]
    public void Leaders_and_the_Front_watch_the_whole_scope(string role, bool watches) =>
        Assert.Equal(watches, AccessPolicy.WatchesWholeScope([role]));

    [Fact]
    public void Record_keepers_are_the_roles_that_may_change_minutes()
    {
        foreach (var role in Roles.All)
            Assert.Equal(AccessPolicy.RoleAllows([role], ResourceKind.Conference, Operation.Update), AccessPolicy.RecordKeepers.Contains(role));
    }

    [Theory]
    [InlineData(Roles.Administrator, "/1/5/9/", "/1/5/9/", true)]
    [InlineData(Roles.Administrator, "/1/5/9/", "/1/5/9/12/", true)]
    [InlineData(Roles.Administrator, "/1/5/9/", "/1/5/", false)]
    [InlineData(Roles.Administrator, "/1/5/9/", "/2/7/8/", false)]
    [InlineData(Roles.Administrator, "/1/", "/2/7/8/", true)]
    [InlineData(Roles.DistrictStaff, "/1/", "/1/5/", false)]
    [InlineData(Roles.WardStaff, "/1/5/9/", "/1/5/9/", false)]
    public void Administrators_replace_templates_under_their_own_unit_and_the_systems_administrator_anywhere(
        string role, string homePath, string unitPath, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.MayReplaceTemplates([role], homePath, unitPath));
}
