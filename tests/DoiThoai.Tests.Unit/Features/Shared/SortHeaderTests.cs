using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace DoiThoai.Tests.Unit.Features.Shared;

public class SortHeaderTests
{
    [Fact]
    public void A_new_order_keeps_the_filters_and_starts_again_at_page_one()
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/Conferences";
        request.QueryString = new QueryString("?Q=k%E1%BB%B3&Page=4&Sort=Title&Dir=asc&UnitId=7");

        var href = SortHeaderTagHelper.AddressWith(request, "HeldOn", ListSort.Descending);

        Assert.Equal("/Conferences?Q=k%E1%BB%B3&UnitId=7&Sort=HeldOn&Dir=desc", href);
    }

    [Theory]
    [InlineData("desc", true)]
    [InlineData("DESC", true)]
    [InlineData("asc", false)]
    [InlineData(null, false)]
    public void Only_desc_means_descending(string? direction, bool expected) =>
        Assert.Equal(expected, ListSort.IsDescending(direction));
}
