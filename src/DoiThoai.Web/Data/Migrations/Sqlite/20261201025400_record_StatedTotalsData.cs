using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model (ADR 0020): turns the typed unitemized counts into the totals the minutes state
    /// (itemized + unitemized) in place; the columns keep their names and now back Conference.StatedOpinionCount and
    /// StatedPetitionCount. A count of 0 stays 0 ("no total stated"), so every list, dashboard and report counts as before.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261201025400_record_StatedTotalsData")]
    public partial class record_StatedTotalsData : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Conferences" SET "UnitemizedOpinionCount" = "UnitemizedOpinionCount" + (SELECT COUNT(*) FROM "Petitions" AS p
                    WHERE p."ConferenceId" = "Conferences"."Id" AND p."Kind" = 1 AND p."IsDeleted" = 0)
                WHERE "UnitemizedOpinionCount" > 0;
                UPDATE "Conferences" SET "UnitemizedPetitionCount" = "UnitemizedPetitionCount" + (SELECT COUNT(*) FROM "Petitions" AS p
                    WHERE p."ConferenceId" = "Conferences"."Id" AND p."Kind" = 2 AND p."IsDeleted" = 0)
                WHERE "UnitemizedPetitionCount" > 0;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Conferences" SET "UnitemizedOpinionCount" = MAX(0, "UnitemizedOpinionCount" - (SELECT COUNT(*) FROM "Petitions" AS p
                    WHERE p."ConferenceId" = "Conferences"."Id" AND p."Kind" = 1 AND p."IsDeleted" = 0))
                WHERE "UnitemizedOpinionCount" > 0;
                UPDATE "Conferences" SET "UnitemizedPetitionCount" = MAX(0, "UnitemizedPetitionCount" - (SELECT COUNT(*) FROM "Petitions" AS p
                    WHERE p."ConferenceId" = "Conferences"."Id" AND p."Kind" = 2 AND p."IsDeleted" = 0))
                WHERE "UnitemizedPetitionCount" > 0;
                """);
        }
    }
}
