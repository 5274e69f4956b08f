using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.News;

public enum NewsAction
{
    [Display(Name = "Gửi duyệt")] Submit = 1,
    [Display(Name = "Đăng")] Publish = 2,
    [Display(Name = "Gỡ xuống")] Unpublish = 3,
    [Display(Name = "Trả về bản nháp")] ReturnToDraft = 4,
}

/// <summary>The one table of how a post moves: draft → submitted → published → unpublished (and back to work).</summary>
public static class NewsWorkflow
{
    public static NewsPostState? Next(NewsPostState state, NewsAction action) => (state, action) switch
    {
        (NewsPostState.Draft or NewsPostState.Unpublished, NewsAction.Submit) => NewsPostState.Submitted,
        (NewsPostState.Draft or NewsPostState.Submitted or NewsPostState.Unpublished, NewsAction.Publish) => NewsPostState.Published,
        (NewsPostState.Published, NewsAction.Unpublish) => NewsPostState.Unpublished,
        (NewsPostState.Submitted or NewsPostState.Unpublished, NewsAction.ReturnToDraft) => NewsPostState.Draft,
        _ => null,
    };

    public static IReadOnlyList<NewsAction> ActionsFrom(NewsPostState state) =>
        Enum.GetValues<NewsAction>().Where(a => Next(state, a) is not null).ToList();

    /// <summary>What still stops a post from being published, in Vietnamese; empty when it may go out.</summary>
    public static IReadOnlyList<string> MissingForPublication(NewsPost post)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(post.Title)) missing.Add("tiêu đề");
        if (string.IsNullOrWhiteSpace(post.Lead)) missing.Add("đoạn dẫn");
        if (HtmlText.ToPlain(post.BodyHtml).Length == 0) missing.Add("nội dung");
        if (string.IsNullOrWhiteSpace(post.AuthorLine)) missing.Add("tác giả");
        return missing;
    }
}
