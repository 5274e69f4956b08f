using System.Linq.Expressions;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>An item's content has one expression, computed in memory and put in place of the call in queries.</summary>
public class FollowUpContentTests
{
    [Fact]
    public void A_split_item_reads_its_own_wording_and_a_whole_one_its_petition_or_conclusion_item()
    {
        var petition = new Petition { Content = "Cả kiến nghị" };
        Assert.Equal("Một phần", FollowUpItem.ContentOf(new FollowUpItem { Petition = petition, ContentText = "Một phần" }));
        Assert.Equal("Cả kiến nghị", FollowUpItem.ContentOf(new FollowUpItem { Petition = petition }));
        Assert.Equal("Kết luận", FollowUpItem.ContentOf(new FollowUpItem { ConclusionItem = new ConclusionItem { Content = "Kết luận" } }));
    }

    [Fact]
    public void The_query_expander_replaces_the_call_by_the_expression_the_database_can_compute()
    {
        Expression<Func<FollowUpItem, string>> query = item => FollowUpItem.ContentOf(item);

        var expanded = (LambdaExpression)QueryExpander.Instance.Visit(query);

        Assert.DoesNotContain(nameof(FollowUpItem.ContentOf), expanded.Body.ToString());
        Assert.Contains(nameof(FollowUpItem.ContentText), expanded.Body.ToString());
        Assert.Same(query.Parameters[0], ((MemberExpression)((BinaryExpression)expanded.Body).Left).Expression);
    }
}
