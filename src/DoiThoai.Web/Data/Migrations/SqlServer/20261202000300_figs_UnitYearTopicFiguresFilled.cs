using DoiThoai.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written, changes no model: the year topic figures of the months kept before they existed, summed once from
    /// the month topic figures; the save path keeps them from then on (UnitMonthFiguresBuilder). It must run after the
    /// generated migration that adds the table.
    /// </summary>
    [DbContext(typeof(SqlServerAppDbContext))]
    [Migration("20261202000300_figs_UnitYearTopicFiguresFilled")]
    public partial class figs_UnitYearTopicFiguresFilled : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO UnitYearTopicFigures (UnitId, Year, TopicId, Count, Judged, Settled)
                SELECT UnitId, YEAR(Month), TopicId, SUM(Count), SUM(Judged), SUM(Settled)
                FROM UnitMonthTopicFigures
                GROUP BY UnitId, YEAR(Month), TopicId;
                """);
        }

        // Going down drops the table.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
