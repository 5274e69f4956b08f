using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LastListPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.CreateTable(
                name: "UnitYearTopicFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Judged = table.Column<int>(type: "int", nullable: false),
                    Settled = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitYearTopicFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc",
                table: "FollowUpNotices",
                columns: new[] { "FollowUpItemId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "EarliestOpenDeadline", "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitYearTopicFigures_UnitId_Year_TopicId_Count_Judged_Settled",
                table: "UnitYearTopicFigures",
                columns: new[] { "UnitId", "Year", "TopicId", "Count", "Judged", "Settled" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitYearTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc",
                table: "FollowUpNotices");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "UnitId", "EarliestOpenDeadline", "HeldOn" });
        }
    }
}
