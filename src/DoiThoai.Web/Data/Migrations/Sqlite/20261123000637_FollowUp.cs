using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PetitionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConclusionItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Assessment = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_ConclusionItems_ConclusionItemId",
                        column: x => x.ConclusionItemId,
                        principalTable: "ConclusionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Organizations_ResponsibleOrganizationId",
                        column: x => x.ResponsibleOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpCoordinator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpCoordinator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpCoordinator_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpCoordinator_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: true),
                    StateAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpEvents_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpCoordinator_FollowUpItemId",
                table: "FollowUpCoordinator",
                column: "FollowUpItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpCoordinator_OrganizationId",
                table: "FollowUpCoordinator",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEvents_FollowUpItemId_AtUtc",
                table: "FollowUpEvents",
                columns: new[] { "FollowUpItemId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ConclusionItemId",
                table: "FollowUps",
                column: "ConclusionItemId",
                unique: true,
                filter: "[ConclusionItemId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ConferenceId",
                table: "FollowUps",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PetitionId",
                table: "FollowUps",
                column: "PetitionId",
                unique: true,
                filter: "[PetitionId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ResponsibleOrganizationId",
                table: "FollowUps",
                column: "ResponsibleOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ResponsibleUnitId_State_Deadline",
                table: "FollowUps",
                columns: new[] { "ResponsibleUnitId", "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_State_Deadline",
                table: "FollowUps",
                columns: new[] { "UnitId", "State", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpCoordinator");

            migrationBuilder.DropTable(
                name: "FollowUpEvents");

            migrationBuilder.DropTable(
                name: "FollowUps");
        }
    }
}
