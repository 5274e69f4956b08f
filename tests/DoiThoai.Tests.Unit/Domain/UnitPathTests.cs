using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Domain;

public class UnitPathTests
{
    [Fact]
    public void A_unit_is_within_its_own_scope() => Assert.True(UnitPath.IsWithin("/1/4/", "/1/4/"));

    [Fact]
    public void A_descendant_is_within_an_ancestors_scope() => Assert.True(UnitPath.IsWithin("/1/4/9/12/", "/1/4/"));

    [Fact]
    public void A_sibling_ward_is_not_within_another_wards_scope() => Assert.False(UnitPath.IsWithin("/1/5/", "/1/4/"));

    [Fact]
    public void A_ward_whose_id_shares_a_prefix_is_not_within_the_scope() =>
        // "/1/23/" starts with "/1/2" but not with "/1/2/": the trailing slash keeps them apart.
        Assert.False(UnitPath.IsWithin("/1/23/", "/1/2/"));

    [Fact]
    public void An_ancestor_is_not_within_a_descendants_scope() => Assert.False(UnitPath.IsWithin("/1/", "/1/4/"));

    [Fact]
    public void The_root_scope_holds_every_unit() => Assert.True(UnitPath.IsWithin("/7/8/9/", UnitPath.Root));

    [Fact]
    public void ChildOf_appends_the_id_and_a_slash()
    {
        Assert.Equal("/3/", UnitPath.ChildOf(UnitPath.Root, 3));
        Assert.Equal("/3/17/", UnitPath.ChildOf("/3/", 17));
        Assert.Equal(2, UnitPath.Depth("/3/17/"));
    }
}
