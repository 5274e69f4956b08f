using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Domain;

public class UnitTreeRulesTests
{
    private static AdministrativeUnit Unit(int id, string path, bool retired = false) =>
        new() { Id = id, Path = path, Name = $"Đơn vị {id}", RetiredOn = retired ? new DateOnly(2025, 7, 1) : null };

    [Fact]
    public void A_ward_can_merge_into_a_sibling() => Assert.Null(UnitTreeRules.MergeProblem(Unit(9, "/1/4/9/"), Unit(10, "/1/4/10/")));

    [Fact]
    public void A_unit_cannot_merge_into_its_own_descendant() =>
        Assert.Equal("Không thể sáp nhập vào một đơn vị cấp dưới của chính nó.", UnitTreeRules.MergeProblem(Unit(4, "/1/4/"), Unit(9, "/1/4/9/")));

    [Fact]
    public void A_unit_cannot_merge_into_itself_or_a_retired_unit()
    {
        Assert.NotNull(UnitTreeRules.MergeProblem(Unit(9, "/1/4/9/"), Unit(9, "/1/4/9/")));
        Assert.NotNull(UnitTreeRules.MergeProblem(Unit(9, "/1/4/9/"), Unit(10, "/1/4/10/", retired: true)));
        Assert.NotNull(UnitTreeRules.MergeProblem(Unit(9, "/1/4/9/", retired: true), Unit(10, "/1/4/10/")));
    }
}
