using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListsAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences");

            migrationBuilder.AddColumn<int>(
                name: "TopicId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConferenceBodyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsibleOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Judged = table.Column<int>(type: "INTEGER", nullable: false),
                    Settled = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "NoticeReadMarks",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadUpToNoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReadMarks", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NoticeReadMarks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthBodyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsibleOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Judged = table.Column<int>(type: "INTEGER", nullable: false),
                    Settled = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_NewsPosts_PublishAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts",
                columns: new[] { "PublishAtUtc", "IsDeleted", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_UpdatedAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts",
                columns: new[] { "UpdatedAtUtc", "IsDeleted", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps",
                columns: new[] { "Deadline", "State", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps",
                columns: new[] { "State", "Deadline", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps",
                columns: new[] { "UnitId", "Deadline", "State", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps",
                columns: new[] { "Verdict", "VerdictDecidedAtUtc", "UnitId", "ResponsibleUnitId", "VerdictAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Kind_HeldOn_IsDeleted_UnitId",
                table: "Conferences",
                columns: new[] { "Kind", "HeldOn", "IsDeleted", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Status_HeldOn_IsDeleted_UnitId",
                table: "Conferences",
                columns: new[] { "Status", "HeldOn", "IsDeleted", "UnitId" });

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
                name: "NoticeReadMarks");

            migrationBuilder.DropTable(
                name: "UnitMonthBodyFigures");

            migrationBuilder.DropIndex(
                name: "IX_UnitMonthTopicFigures_TopicId_Count",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_NewsPosts_PublishAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts");

            migrationBuilder.DropIndex(
                name: "IX_NewsPosts_UpdatedAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn_IsDeleted_UnitId",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn_IsDeleted_UnitId",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.DropColumn(
                name: "TopicId",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps",
                columns: new[] { "Deadline", "State", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps",
                columns: new[] { "State", "Deadline", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps",
                columns: new[] { "UnitId", "Deadline", "State", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps",
                columns: new[] { "Verdict", "VerdictDecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences",
                columns: new[] { "Kind", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences",
                columns: new[] { "Status", "HeldOn" });
        }
    }
}
