using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written, changes no model: the raisers' verdicts gained figures per responsible body (ADR 0024), which a
    /// migration cannot count with the builder's rules. The figures of the conferences that hold a judged item are
    /// dropped, so start-up rebuilds them, their body rows and their unit months (ConferenceFiguresBuilder.BuildMissingAsync,
    /// ADR 0004, 0018, 0023); a conference without a judged item has no body row, which is right. It names only older
    /// tables and columns, so it runs before or after the generated migration alike; it is kept after it.
    /// </summary>
    [DbContext(typeof(SqlServerAppDbContext))]
    [Migration("20261201235800_figs_BodyFiguresRebuild")]
    public partial class figs_BodyFiguresRebuild : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM ConferenceFigures WHERE ConferenceId IN (SELECT ConferenceId FROM FollowUps WHERE Verdict IS NOT NULL);
                """);
        }

        // Going down drops the body figures; the figures left are right without them.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
