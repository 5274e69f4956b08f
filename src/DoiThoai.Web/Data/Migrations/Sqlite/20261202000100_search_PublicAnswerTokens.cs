using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model: the words index's entries that lead to a published answer (the answer's own, its
    /// petition's, its conclusion item's) are given the public answer token (SearchTokens.PublicAnswer), once; the save path
    /// gives and takes it from then on (SearchEntriesBuilder). The rule is PublicAnswers.Published: public, answered, not
    /// merged, neither it nor its conference deleted. Entries that already carry it are left as they are.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261202000100_search_PublicAnswerTokens")]
    public partial class search_PublicAnswerTokens : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE SearchEntries SET Tags = Tags || ' pub'
                WHERE Tags NOT LIKE '% pub' AND Id IN (
                    SELECT e.Id FROM FollowUps AS f
                    JOIN Conferences AS c ON c.Id = f.ConferenceId AND c.IsDeleted = 0
                    JOIN SearchEntries AS e ON e.ConferenceId = f.ConferenceId
                    WHERE f.IsPublic = 1 AND f.IsDeleted = 0 AND f.MergedIntoId IS NULL AND f.State IN (4, 5, 7)
                        AND ((e.Kind = 4 AND e.RecordId = f.Id) OR (e.Kind = 2 AND e.RecordId = f.PetitionId)
                            OR (e.Kind = 3 AND e.RecordId = f.ConclusionItemId)));
                """);
        }

        // Going down leaves the token: no search before it reads it.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
