using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WorkingPagesVerdictsListSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceTopicFigures_UnitId_HeldOn_TopicId_Count",
                table: "ConferenceTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_HeldOn",
                table: "Conferences");

            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "UnitMonthTopicFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "UnitMonthTopicFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "UnitMonthFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "UnitMonthFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "ConferenceTopicFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "ConferenceTopicFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "ConferenceFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "ConferenceFigures",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count_Judged_Settled",
                table: "UnitMonthTopicFigures",
                columns: new[] { "UnitId", "Month", "TopicId", "Count", "Judged", "Settled" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps",
                columns: new[] { "UnitId", "ResponsibleUnitId", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdicts",
                table: "FollowUps",
                columns: new[] { "ConferenceId", "Verdict", "IsDeleted", "MergedIntoId", "ResponsibleOrganizationId" },
                filter: "[Verdict] IS NOT NULL AND [MergedIntoId] IS NULL AND [IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_CreatedAtUtc_Id",
                table: "FollowUpNotices",
                columns: new[] { "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceTopicFigures_UnitId_HeldOn_TopicId_Count_Judged_Settled",
                table: "ConferenceTopicFigures",
                columns: new[] { "UnitId", "HeldOn", "TopicId", "Count", "Judged", "Settled" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_HeldOn_IsDeleted",
                table: "Conferences",
                columns: new[] { "HeldOn", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count_Judged_Settled",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdicts",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpNotices_CreatedAtUtc_Id",
                table: "FollowUpNotices");

            migrationBuilder.DropIndex(
                name: "IX_ConferenceTopicFigures_UnitId_HeldOn_TopicId_Count_Judged_Settled",
                table: "ConferenceTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_HeldOn_IsDeleted",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "UnitMonthTopicFigures");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "UnitMonthFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "UnitMonthFigures");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "ConferenceTopicFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "ConferenceTopicFigures");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "ConferenceFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "ConferenceFigures");

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count",
                table: "UnitMonthTopicFigures",
                columns: new[] { "UnitId", "Month", "TopicId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceTopicFigures_UnitId_HeldOn_TopicId_Count",
                table: "ConferenceTopicFigures",
                columns: new[] { "UnitId", "HeldOn", "TopicId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_HeldOn",
                table: "Conferences",
                column: "HeldOn");
        }
    }
}
