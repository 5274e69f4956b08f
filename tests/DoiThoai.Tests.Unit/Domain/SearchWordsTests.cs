using DoiThoai.Web.Domain.Search;

namespace DoiThoai.Tests.Unit.Domain;

public class SearchWordsTests
{
    [Theory]
    [InlineData("ky phuong", "ky phuong")]
    [InlineData("Kỳ Phương", "ky phuong")]
    [InlineData("đất đai", "dat dai")]
    [InlineData("  Môi   TRƯỜNG, ", "moi truong")]
    [InlineData("657-QĐ/TU", "657 qd tu")]
    public void Parse_folds_and_splits_as_the_index_does(string typed, string words) =>
        Assert.Equal(words, string.Join(' ', SearchWords.Parse(typed).Words));

    [Fact]
    public void The_last_word_is_a_prefix_while_it_is_being_typed()
    {
        var words = SearchWords.Parse("moi tru");
        Assert.True(words.LastIsPrefix);
        Assert.Equal("Text:\"moi\" AND Text:\"tru\"*", words.ToFts5());
        Assert.Equal("\"moi\" AND \"tru*\"", words.ToContains());
        Assert.True(words.Matches("truong"));
        Assert.False(words.Matches("moinhat"));
    }

    [Theory]
    [InlineData("moi truong ")]
    [InlineData("moi truong.")]
    [InlineData("d")]
    public void A_word_followed_by_a_space_or_a_stop_or_a_single_letter_is_matched_whole(string typed) =>
        Assert.False(SearchWords.Parse(typed).LastIsPrefix);

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("(")]
    public void Input_without_letters_or_digits_is_no_search(string typed) =>
        Assert.True(SearchWords.Parse(typed).IsEmpty);

    [Theory]
    [InlineData("dat\" OR \"u1", "Text:\"dat\" AND Text:\"or\" AND Text:\"u1\"*")]
    [InlineData("AND NEAR(dat dai) -moi*", "Text:\"and\" AND Text:\"near\" AND Text:\"dat\" AND Text:\"dai\" AND Text:\"moi\"")]
    [InlineData("Tags:u1 {Text}", "Text:\"tags\" AND Text:\"u1\" AND Text:\"text\"")]
    public void Operators_quotes_and_column_names_typed_are_only_quoted_words(string typed, string fts) =>
        Assert.Equal(fts, SearchWords.Parse(typed).ToFts5());

    [Fact]
    public void Words_are_limited_in_number_and_length_and_counted_once()
    {
        var words = SearchWords.Parse(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"tu{i}")) + " " + new string('a', 100));
        Assert.Equal(SearchWords.MaxWords, words.Words.Count);
        Assert.Equal(new[] { "dan", "duong" }, SearchWords.Parse("dân đường dân đường").Words);
        Assert.All(SearchWords.Parse(new string('x', 300)).Words, w => Assert.True(w.Length <= SearchWords.MaxWordLength));
    }

    [Fact]
    public void Tags_hold_every_unit_of_the_path_the_kind_and_the_year()
    {
        Assert.Equal("u1 u4 u9 u7 k4 y2025", SearchTokens.Of(SearchKind.FollowUp, new DateOnly(2025, 3, 1), "/1/4/9/", "/1/4/7/"));
        Assert.Equal("u1 u4 k2 y2016", SearchTokens.Of(SearchKind.Petition, new DateOnly(2016, 1, 1), "/1/4/", null));
    }
}
