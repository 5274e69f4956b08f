using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model: the items made before the follow-up item kept its petition's topic (ADR 0027) are
    /// given it, once; the save path keeps it from then on (FollowUpTopicsInterceptor). It must run after the generated
    /// migration that adds FollowUps.TopicId: its time (the last minute of the day) keeps it after that migration when the
    /// generated ones are made again at a merge.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261201235900_fups_FollowUpTopicsFilled")]
    public partial class fups_FollowUpTopicsFilled : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE FollowUps SET TopicId = (SELECT p.TopicId FROM Petitions AS p WHERE p.Id = FollowUps.PetitionId)
                WHERE PetitionId IS NOT NULL;
                """);
        }

        // Going down drops the column.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
