using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace DoiThoai.Tests.Unit.Features.Shared;

public class PagerModelTests
{
    [Fact]
    public void A_page_link_keeps_every_filter_and_the_order_and_changes_only_the_page()
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/Conferences";
        request.QueryString = new QueryString("?Q=k%E1%BB%B3&page=4&Sort=HeldOn&Dir=desc&UnitId=7");

        var pager = PagerModel.Keeping(request, 4, 9);

        Assert.Equal("/Conferences?Q=k%E1%BB%B3&Sort=HeldOn&Dir=desc&UnitId=7&Page=3", pager.UrlFor(3));
        Assert.Equal(4, pager.Page);
        Assert.Equal(9, pager.PageCount);
    }

    [Fact]
    public void A_list_without_filters_links_to_its_pages_alone()
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/LegalBases";

        Assert.Equal("/LegalBases?Page=2", PagerModel.Keeping(request, 1, 2).UrlFor(2));
    }
}
