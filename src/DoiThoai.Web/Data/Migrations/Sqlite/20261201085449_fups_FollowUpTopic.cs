using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class fups_FollowUpTopic : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "TopicId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
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
        }
    }
}
