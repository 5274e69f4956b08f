using DoiThoai.Web.Domain.Search;
using DoiThoai.Web.Features.Search;

namespace DoiThoai.Tests.Unit.Features.Search;

public class SearchQueryTests
{
    private static SearchFilter Filter(string typed, SearchKind? kind = null, DateOnly? from = null, DateOnly? to = null) =>
        new(SearchWords.Parse(typed), 42, kind, from, to);

    [Fact]
    public void The_match_names_the_scope_unit_before_the_words()
    {
        Assert.Equal("Tags:\"u42\" AND Text:\"dat\" AND Text:\"dai\"*", Filter("đất đai").ToFts5());
        Assert.Equal("\"u42\"", Filter("đất đai").ToContainsTags());
    }

    [Fact]
    public void Kind_and_years_of_the_period_join_the_scope()
    {
        var filter = Filter("dan ", SearchKind.Petition, new DateOnly(2024, 5, 1), new DateOnly(2025, 2, 1));
        Assert.Equal("Tags:\"u42\" AND Tags:\"k2\" AND Tags:(\"y2024\" OR \"y2025\") AND Text:\"dan\"", filter.ToFts5());
        Assert.Equal("\"u42\" AND \"k2\" AND (\"y2024\" OR \"y2025\")", filter.ToContainsTags());
    }

    [Fact]
    public void An_open_or_reversed_period_adds_no_year_tokens()
    {
        Assert.Empty(Filter("dan", from: new DateOnly(2024, 1, 1)).YearTokens);
        Assert.Empty(Filter("dan", from: new DateOnly(2025, 1, 1), to: new DateOnly(2024, 1, 1)).YearTokens);
    }

    [Fact]
    public void Ranking_puts_texts_with_more_of_the_words_first_and_drops_texts_missing_one()
    {
        var words = SearchWords.Parse("duong dan");
        SearchEntry Entry(long id, string text) => new() { Id = id, Text = text };
        var ranked = SearchRanking.Rank([
            Entry(1, "sua duong cho dan ve lang va nhieu viec khac cua thon"),
            Entry(2, "duong lang hong nguoi dan di duong kho dan kien nghi"),
            Entry(3, "duong lang hong"),
        ], words);
        Assert.Equal(new[] { 2L, 1L }, ranked.Select(e => e.Id));
    }

    [Fact]
    public void Ranking_of_equals_puts_the_newest_first()
    {
        var ranked = SearchRanking.Rank([new SearchEntry { Id = 5, Text = "dan" }, new SearchEntry { Id = 9, Text = "dan" }], SearchWords.Parse("dan "));
        Assert.Equal(new[] { 9L, 5L }, ranked.Select(e => e.Id));
    }

    [Fact]
    public void Snippet_marks_matching_words_as_written_with_their_diacritics()
    {
        var html = SearchSnippet.Highlight("Nhà văn hóa Kỳ Phương, tổ dân phố 3", SearchWords.Parse("ky phuong"));
        Assert.Equal("Nhà văn hóa <mark>Kỳ</mark> <mark>Phương</mark>, tổ dân phố 3", ToHtml(html));
    }

    [Fact]
    public void Snippet_marks_words_that_start_with_the_prefix()
    {
        var html = SearchSnippet.Highlight("Ô nhiễm môi trường tại bãi rác", SearchWords.Parse("moi tru"));
        Assert.Equal("Ô nhiễm <mark>môi</mark> <mark>trường</mark> tại bãi rác", ToHtml(html));
    }

    [Fact]
    public void Snippet_encodes_the_text_so_it_adds_no_markup()
    {
        var html = ToHtml(SearchSnippet.Highlight("<script>alert('đất')</script> & <b>đất</b>", SearchWords.Parse("dat")));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<mark>đất</mark>", html);
    }

    [Fact]
    public void A_long_text_is_cut_around_its_first_match()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"tu{i}")) + " đất đai " + string.Join(' ', Enumerable.Range(101, 100).Select(i => $"tu{i}"));
        var html = ToHtml(SearchSnippet.Highlight(text, SearchWords.Parse("dat dai")));
        Assert.StartsWith("… ", html);
        Assert.EndsWith(" …", html);
        Assert.Contains("<mark>đất</mark> <mark>đai</mark>", html);
        Assert.DoesNotContain("tu1 ", html);
    }

    private static string ToHtml(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
