using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentItemsInDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps",
                columns: new[] { "ConferenceId", "IsDeleted", "MergedIntoId", "State", "Deadline", "ClosedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps",
                columns: new[] { "ConferenceId", "IsDeleted", "State", "Deadline", "ClosedAtUtc" });
        }
    }
}
