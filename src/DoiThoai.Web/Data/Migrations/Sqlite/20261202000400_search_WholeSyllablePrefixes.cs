using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model (ADR 0019, amended): the FTS5 index made again with a prefix index for every length
    /// a folded Vietnamese syllable has (2 to 7 letters, "nghieng"). A search's last word is a prefix while it is being
    /// typed; without an index of its length FTS5 merged every term that starts with it ("truong*": 330,000 entries)
    /// before reading a row, 15–20 ms a search at ten years. Word positions stay (<c>detail=full</c>): a word the
    /// application takes for one and SQLite's tokenizer splits in two (a letter newer than its Unicode tables) is then
    /// a phrase, which an index without positions refuses with an error. On the first district the index grew from
    /// 324 MB to 431 MB and was made in 32 s. The three triggers on <c>SearchEntries</c> that keep it are dropped with
    /// it and made again as they were.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261202000400_search_WholeSyllablePrefixes")]
    public class search_WholeSyllablePrefixes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Index("prefix='2 3 4 5 6 7'"));

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Index("prefix='2 3'"));

        private static string Index(string options) => $"""
            DROP TRIGGER IF EXISTS SearchEntries_Indexed;
            DROP TRIGGER IF EXISTS SearchEntries_Unindexed;
            DROP TRIGGER IF EXISTS SearchEntries_Reindexed;
            DROP TABLE IF EXISTS SearchIndex;
            CREATE VIRTUAL TABLE SearchIndex USING fts5(Tags, Text, content='SearchEntries', content_rowid='Id', {options});
            CREATE TRIGGER SearchEntries_Indexed AFTER INSERT ON SearchEntries BEGIN
              INSERT INTO SearchIndex(rowid, Tags, Text) VALUES (new.Id, new.Tags, new.Text);
            END;
            CREATE TRIGGER SearchEntries_Unindexed AFTER DELETE ON SearchEntries BEGIN
              INSERT INTO SearchIndex(SearchIndex, rowid, Tags, Text) VALUES ('delete', old.Id, old.Tags, old.Text);
            END;
            CREATE TRIGGER SearchEntries_Reindexed AFTER UPDATE ON SearchEntries BEGIN
              INSERT INTO SearchIndex(SearchIndex, rowid, Tags, Text) VALUES ('delete', old.Id, old.Tags, old.Text);
              INSERT INTO SearchIndex(rowid, Tags, Text) VALUES (new.Id, new.Tags, new.Text);
            END;
            INSERT INTO SearchIndex(SearchIndex) VALUES ('rebuild');
            """;
    }
}
