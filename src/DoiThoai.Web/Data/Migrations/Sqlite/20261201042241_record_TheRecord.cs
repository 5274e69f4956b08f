using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class record_TheRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "LegalBases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FindingsText",
                table: "Conferences",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeldOnUnknown",
                table: "Conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodKind",
                table: "Conferences",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodNumber",
                table: "Conferences",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodYear",
                table: "Conferences",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatedProposalCount",
                table: "Conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StatedQuestionCount",
                table: "Conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnnamedSpeakerCount",
                table: "Conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnnamedSpeakerKind",
                table: "Conferences",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CitedFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitedFigures_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CitedFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConclusionItemCoordinators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConclusionItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConclusionItemCoordinators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConclusionItemCoordinators_ConclusionItems_ConclusionItemId",
                        column: x => x.ConclusionItemId,
                        principalTable: "ConclusionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConclusionItemCoordinators_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesFindings_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesFindings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitedFigures_ConferenceId",
                table: "CitedFigures",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_CitedFigures_UnitId",
                table: "CitedFigures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionItemCoordinators_ConclusionItemId_OrganizationId",
                table: "ConclusionItemCoordinators",
                columns: new[] { "ConclusionItemId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionItemCoordinators_OrganizationId",
                table: "ConclusionItemCoordinators",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesFindings_ConferenceId",
                table: "MinutesFindings",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesFindings_UnitId",
                table: "MinutesFindings",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CitedFigures");

            migrationBuilder.DropTable(
                name: "ConclusionItemCoordinators");

            migrationBuilder.DropTable(
                name: "MinutesFindings");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "FindingsText",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "HeldOnUnknown",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodKind",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodNumber",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodYear",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "StatedProposalCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "StatedQuestionCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnnamedSpeakerCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnnamedSpeakerKind",
                table: "Conferences");
        }
    }
}
