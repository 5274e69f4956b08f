using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model (ADR 0019, amended): the FTS5 index made again with a prefix index for every length
    /// a folded Vietnamese syllable has (2 to 7 letters, "nghieng"), and without word positions (<c>detail=column</c>).
    /// A search's last word is a prefix while it is being typed; without an index of its length FTS5 merged every term
    /// that starts with it ("truong*": 330,000 entries) before reading a row, 15–20 ms a search at ten years. No query
    /// needs positions: every word is its own quoted term (<c>SearchWords</c>), and the application ranks and highlights
    /// from the texts. The index is smaller for it (the first district: 324 MB before, 294 MB after, made in 25 s).
    /// The triggers are dropped with the table and made again as before.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261202000400_search_WholeSyllablePrefixes")]
    public class search_WholeSyllablePrefixes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Index("prefix='2 3 4 5 6 7', detail=column"));

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
