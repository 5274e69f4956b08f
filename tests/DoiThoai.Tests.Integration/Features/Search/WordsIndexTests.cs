using DoiThoai.Tests.Integration.Features.FollowUps;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Search;

/// <summary>
/// The SQLite words index as the migrations leave it (ADR 0019): a prefix index for every length of a folded syllable,
/// so that the word being typed is read from one, and word positions, so that a word SQLite splits in two is a phrase.
/// </summary>
public class WordsIndexTests(SqliteListPortal factory) : IClassFixture<SqliteListPortal>
{
    [Fact]
    public async Task The_index_reads_a_prefix_of_every_syllable_length_and_keeps_its_triggers()
    {
        var (index, triggers) = await factory.WithDbAsync(async db => (
            await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchIndex'").SingleAsync(),
            await db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'SearchEntries'").ToListAsync()));

        Assert.Contains("prefix='2 3 4 5 6 7'", index, StringComparison.Ordinal);
        Assert.DoesNotContain("detail=", index, StringComparison.Ordinal);
        Assert.Equal(["SearchEntries_Indexed", "SearchEntries_Reindexed", "SearchEntries_Unindexed"], triggers.Order());
    }

    [Theory]
    [InlineData("ng")]
    [InlineData("nghi")]
    [InlineData("nguo")]
    [InlineData("truon")]
    [InlineData("truong")]
    public async Task A_prefix_finds_every_entry_holding_a_word_that_starts_with_it(string prefix)
    {
        var (found, texts) = await factory.WithDbAsync(async db => (
            await db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {$"Text:\"{prefix}\"*"}").ToListAsync(),
            await db.SearchEntries.Select(e => new { e.Id, e.Text }).ToListAsync()));

        var expected = texts.Where(e => SearchWords.Split(e.Text).Any(w => w.StartsWith(prefix, StringComparison.Ordinal))).Select(e => (long)e.Id);
        Assert.NotEmpty(found);
        Assert.Equal(expected.Order(), found.Order());
    }

    [Theory]
    [InlineData("/FollowUps?Mine=false&OpenOnly=false&Q=")]
    [InlineData("/Conferences?Q=")]
    [InlineData("/Search?Q=")]
    [InlineData("/kien-nghi?Q=")]
    public async Task A_word_the_index_splits_in_two_is_searched_as_a_phrase(string address)
    {
        // U+19B0 is a letter to .NET and a separator to SQLite's older Unicode tables: one quoted word, two index terms.
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var response = await client.GetAsync(address + Uri.EscapeDataString("ab\u19B0cd "));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
