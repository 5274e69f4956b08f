using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written, changes no model: the items made before the follow-up item kept its petition's topic (ADR 0027) are
    /// given it, once; the save path keeps it from then on (FollowUpTopicsInterceptor). It must run after the generated
    /// migration that adds FollowUps.TopicId: its time (the last minute of the day) keeps it after that migration when the
    /// generated ones are made again at a merge.
    /// </summary>
    [DbContext(typeof(SqlServerAppDbContext))]
    [Migration("20261201235900_fups_FollowUpTopicsFilled")]
    public partial class fups_FollowUpTopicsFilled : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE f SET TopicId = p.TopicId FROM FollowUps AS f JOIN Petitions AS p ON p.Id = f.PetitionId;
                """);
        }

        // Going down drops the column.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
