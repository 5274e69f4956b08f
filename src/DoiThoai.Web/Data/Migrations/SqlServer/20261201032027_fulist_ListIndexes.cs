using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class fulist_ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MergedIntoId",
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
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId",
                filter: "[MergedIntoId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Public_Unit",
                table: "FollowUps",
                columns: new[] { "IsPublic", "UnitId", "State" });
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

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Public_Unit",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId");
        }
    }
}
