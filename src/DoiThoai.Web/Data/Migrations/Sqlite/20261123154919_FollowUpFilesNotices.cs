using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpFilesNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAtUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ConclusionItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "FollowUpAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowUpEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpAttachments_FollowUpEvents_FollowUpEventId",
                        column: x => x.FollowUpEventId,
                        principalTable: "FollowUpEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAttachments_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailRecipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpNotices_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeReadings",
                columns: table => new
                {
                    FollowUpNoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReadings", x => new { x.FollowUpNoticeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_NoticeReadings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NoticeReadings_FollowUpNotices_FollowUpNoticeId",
                        column: x => x.FollowUpNoticeId,
                        principalTable: "FollowUpNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_IsPublic_PublishedAtUtc",
                table: "FollowUps",
                columns: new[] { "IsPublic", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_FollowUpEventId",
                table: "FollowUpAttachments",
                column: "FollowUpEventId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_FollowUpItemId",
                table: "FollowUpAttachments",
                column: "FollowUpItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_StoredName",
                table: "FollowUpAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_EmailedAtUtc",
                table: "FollowUpNotices",
                column: "EmailedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_Kind_Deadline",
                table: "FollowUpNotices",
                columns: new[] { "FollowUpItemId", "Kind", "Deadline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReadings_UserId",
                table: "NoticeReadings",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpAttachments");

            migrationBuilder.DropTable(
                name: "NoticeReadings");

            migrationBuilder.DropTable(
                name: "FollowUpNotices");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_IsPublic_PublishedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "PublishedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ConclusionItems");
        }
    }
}
