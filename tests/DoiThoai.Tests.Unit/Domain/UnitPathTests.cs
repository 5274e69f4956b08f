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

    [Theory]
    [InlineData("/1/4/9/", "/1/4/9/", "/1/7/9/", "/1/7/9/")]
    [InlineData("/1/4/9/12/", "/1/4/9/", "/1/7/9/", "/1/7/9/12/")]
    [InlineData("/1/4/90/", "/1/4/9/", "/1/7/9/", "/1/4/90/")]
    [InlineData("/2/", "/1/4/9/", "/1/7/9/", "/2/")]
    public void Rebase_moves_only_the_subtree(string path, string oldPrefix, string newPrefix, string expected) =>
        Assert.Equal(expected, UnitPath.Rebase(path, oldPrefix, newPrefix));

    [Fact]
    public void Ids_run_from_the_root_down_to_the_unit()
    {
        Assert.Equal([3, 17, 40], UnitPath.Ids("/3/17/40/"));
        Assert.Empty(UnitPath.Ids(UnitPath.Root));
    }

    [Theory]
    [InlineData("/1/4/9/", true)]   // below
    [InlineData("/1/4/", true)]     // itself
    [InlineData("/1/", true)]       // above
    [InlineData("/1/5/", false)]    // a sibling
    [InlineData("/1/45/", false)]   // a sibling whose id shares a prefix
    public void Near_is_the_subtree_and_the_units_above(string unitPath, bool near) =>
        Assert.Equal(near, UnitPath.IsNear(unitPath, "/1/4/"));
}
