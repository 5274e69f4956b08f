using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Written by hand and changing no model (ADR 0019), so it survives a regeneration of the generated migrations:
    /// the FTS5 index over <c>SearchEntries</c> (external content, rowid = <c>Id</c>), kept by triggers, with prefix
    /// indexes for two- and three-letter prefixes. A later migration that rebuilds the <c>SearchEntries</c> table
    /// (SQLite's way of altering a column) drops the triggers and must create them again.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261201043500_search_SearchFullTextIndex")]
    public class search_SearchFullTextIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(Tags, Text, content='SearchEntries', content_rowid='Id', prefix='2 3');
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
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchEntries_Indexed;
                DROP TRIGGER IF EXISTS SearchEntries_Unindexed;
                DROP TRIGGER IF EXISTS SearchEntries_Reindexed;
                DROP TABLE IF EXISTS SearchIndex;
                """);
        }
    }
}
