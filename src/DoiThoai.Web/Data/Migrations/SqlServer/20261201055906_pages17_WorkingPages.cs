using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class pages17_WorkingPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_CreatedAtUtc_Id",
                table: "FollowUpNotices",
                columns: new[] { "CreatedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpNotices_CreatedAtUtc_Id",
                table: "FollowUpNotices");
        }
    }
}
