using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoticesByItemAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc",
                table: "FollowUpNotices",
                columns: new[] { "FollowUpItemId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_CreatedAtUtc",
                table: "FollowUpNotices");
        }
    }
}
