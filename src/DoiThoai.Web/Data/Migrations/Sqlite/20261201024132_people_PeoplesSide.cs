using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class people_PeoplesSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Petitions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Verdict",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerdictAtUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerdictComment",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerdictDecidedAtUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Answerers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    TakesQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResidentialGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PhotoStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhotoContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConsentedPurpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    PetitionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ModeratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonalDataRemovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentQuestions_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SentQuestions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Code",
                table: "Petitions",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Code",
                table: "FollowUps",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps",
                columns: new[] { "Verdict", "VerdictDecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_ConferenceId",
                table: "Announcements",
                column: "ConferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_IsPublished_IsDeleted",
                table: "Announcements",
                columns: new[] { "IsPublished", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_UnitId",
                table: "Announcements",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_Code",
                table: "SentQuestions",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_ConferenceId_State",
                table: "SentQuestions",
                columns: new[] { "ConferenceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_PersonalDataRemovedAtUtc_SentAtUtc",
                table: "SentQuestions",
                columns: new[] { "PersonalDataRemovedAtUtc", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_UnitId",
                table: "SentQuestions",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "SentQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Code",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Code",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictComment",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictDecidedAtUtc",
                table: "FollowUps");
        }
    }
}
