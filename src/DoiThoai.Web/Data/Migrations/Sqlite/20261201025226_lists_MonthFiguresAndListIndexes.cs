using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class lists_MonthFiguresAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnitMonthFigures",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dialogues = table.Column<int>(type: "INTEGER", nullable: false),
                    Briefings = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Contacts = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitemizedOpinions = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitemizedPetitions = table.Column<int>(type: "INTEGER", nullable: false),
                    Opinions = table.Column<int>(type: "INTEGER", nullable: false),
                    Petitions = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposals = table.Column<int>(type: "INTEGER", nullable: false),
                    Questions = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsNew = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsAssigned = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsInProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsResolved = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsExplained = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsTransferred = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneWithDeadline = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneLate = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenWithDeadline = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthFigures", x => new { x.UnitId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthTopicFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthTopicFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "EarliestOpenDeadline", "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_LatestOpenDeadline_UnitId_HeldOn_OpenWithDeadline",
                table: "ConferenceFigures",
                columns: new[] { "LatestOpenDeadline", "UnitId", "HeldOn", "OpenWithDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count",
                table: "UnitMonthTopicFigures",
                columns: new[] { "UnitId", "Month", "TopicId", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitMonthFigures");

            migrationBuilder.DropTable(
                name: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_LatestOpenDeadline_UnitId_HeldOn_OpenWithDeadline",
                table: "ConferenceFigures");
        }
    }
}
