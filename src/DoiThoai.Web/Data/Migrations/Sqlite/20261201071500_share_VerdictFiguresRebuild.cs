using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, changes no model: the conference figures gained the raisers' verdicts (Judged, Settled), which a
    /// migration cannot count with the builder's rules. The figures of the conferences that hold a judged item are
    /// dropped, so start-up rebuilds them and their unit months (ConferenceFiguresBuilder.BuildMissingAsync, ADR 0004,
    /// 0018); every other conference has no verdict and its zeros are right. It names only columns older than the verdict
    /// columns, so it would run before or after the generated migration alike; it is kept after it.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261201071500_share_VerdictFiguresRebuild")]
    public partial class share_VerdictFiguresRebuild : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM ConferenceFigures WHERE ConferenceId IN (SELECT ConferenceId FROM FollowUps WHERE Verdict IS NOT NULL);
                """);
        }

        // Going down drops the columns; the figures left are right without them.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
