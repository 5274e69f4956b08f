using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Written by hand and changing no model (ADR 0019), so it survives a regeneration of the generated migrations:
    /// a FULLTEXT index over <c>SearchEntries.Tags</c> and <c>.Text</c>, neutral word breaker (the text is folded
    /// already), no stop list (short Vietnamese words matter), kept by the server as rows change. Full-text DDL cannot
    /// run in a transaction. On a server without the full-text feature nothing is made and the search reads the
    /// table with LIKE instead (<c>Features/Search/SearchCandidates</c>).
    /// </summary>
    [DbContext(typeof(SqlServerAppDbContext))]
    [Migration("20261201043500_search_SearchFullTextIndex")]
    public class search_SearchFullTextIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'DoiThoaiSearch')
                        CREATE FULLTEXT CATALOG DoiThoaiSearch;
                    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('dbo.SearchEntries'))
                        CREATE FULLTEXT INDEX ON dbo.SearchEntries (Tags LANGUAGE 0, Text LANGUAGE 0)
                            KEY INDEX PK_SearchEntries ON DoiThoaiSearch
                            WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);
                END
                """, suppressTransaction: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('dbo.SearchEntries'))
                    DROP FULLTEXT INDEX ON dbo.SearchEntries;
                """, suppressTransaction: true);
        }
    }
}
