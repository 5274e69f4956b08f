using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class figs_BodyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConferenceBodyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponsibleOrganizationId = table.Column<int>(type: "int", nullable: true),
                    Judged = table.Column<int>(type: "int", nullable: false),
                    Settled = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceBodyFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceBodyFigures_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthBodyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponsibleOrganizationId = table.Column<int>(type: "int", nullable: true),
                    Judged = table.Column<int>(type: "int", nullable: false),
                    Settled = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthBodyFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthTopicFigures_TopicId_Count",
                table: "UnitMonthTopicFigures",
                columns: new[] { "TopicId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "UnitId", "EarliestOpenDeadline", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceBodyFigures_ConferenceId",
                table: "ConferenceBodyFigures",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceBodyFigures_UnitId_HeldOn_ResponsibleOrganizationId_Judged_Settled",
                table: "ConferenceBodyFigures",
                columns: new[] { "UnitId", "HeldOn", "ResponsibleOrganizationId", "Judged", "Settled" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthBodyFigures_UnitId_Month_ResponsibleOrganizationId_Judged_Settled",
                table: "UnitMonthBodyFigures",
                columns: new[] { "UnitId", "Month", "ResponsibleOrganizationId", "Judged", "Settled" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConferenceBodyFigures");

            migrationBuilder.DropTable(
                name: "UnitMonthBodyFigures");

            migrationBuilder.DropIndex(
                name: "IX_UnitMonthTopicFigures_TopicId_Count",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures");
        }
    }
}
