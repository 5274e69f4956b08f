using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConferenceFiguresAndJobLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConferenceFigures",
                columns: table => new
                {
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
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
                    EarliestOpenDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    LatestOpenDeadline = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceFigures", x => x.ConferenceId);
                    table.ForeignKey(
                        name: "FK_ConferenceFigures_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceTopicFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceTopicFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceTopicFigures_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_UnitId_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceTopicFigures_ConferenceId",
                table: "ConferenceTopicFigures",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceTopicFigures_UnitId_HeldOn_TopicId_Count",
                table: "ConferenceTopicFigures",
                columns: new[] { "UnitId", "HeldOn", "TopicId", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConferenceFigures");

            migrationBuilder.DropTable(
                name: "ConferenceTopicFigures");

            migrationBuilder.DropTable(
                name: "JobLeases");
        }
    }
}
