using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class lists_MonthFiguresAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_TopicId",
                table: "Petitions");

            migrationBuilder.CreateTable(
                name: "UnitMonthFigures",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Dialogues = table.Column<int>(type: "int", nullable: false),
                    Briefings = table.Column<int>(type: "int", nullable: false),
                    WorkingSessions = table.Column<int>(type: "int", nullable: false),
                    Contacts = table.Column<int>(type: "int", nullable: false),
                    UnitemizedOpinions = table.Column<int>(type: "int", nullable: false),
                    UnitemizedPetitions = table.Column<int>(type: "int", nullable: false),
                    Opinions = table.Column<int>(type: "int", nullable: false),
                    Petitions = table.Column<int>(type: "int", nullable: false),
                    Proposals = table.Column<int>(type: "int", nullable: false),
                    Questions = table.Column<int>(type: "int", nullable: false),
                    ItemsNew = table.Column<int>(type: "int", nullable: false),
                    ItemsAssigned = table.Column<int>(type: "int", nullable: false),
                    ItemsInProgress = table.Column<int>(type: "int", nullable: false),
                    ItemsResolved = table.Column<int>(type: "int", nullable: false),
                    ItemsExplained = table.Column<int>(type: "int", nullable: false),
                    ItemsTransferred = table.Column<int>(type: "int", nullable: false),
                    ItemsClosed = table.Column<int>(type: "int", nullable: false),
                    DoneWithDeadline = table.Column<int>(type: "int", nullable: false),
                    DoneLate = table.Column<int>(type: "int", nullable: false),
                    OpenWithDeadline = table.Column<int>(type: "int", nullable: false),
                    LatestOpenDeadline = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthFigures", x => new { x.UnitId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthTopicFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthTopicFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TopicId_IsDeleted",
                table: "Petitions",
                columns: new[] { "TopicId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences",
                columns: new[] { "Kind", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences",
                columns: new[] { "Status", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_UnitId_MinutesState_IsDeleted_HeldOn",
                table: "Conferences",
                columns: new[] { "UnitId", "MinutesState", "IsDeleted", "HeldOn" });

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
                name: "IX_Petitions_TopicId_IsDeleted",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_UnitId_MinutesState_IsDeleted_HeldOn",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TopicId",
                table: "Petitions",
                column: "TopicId");
        }
    }
}
