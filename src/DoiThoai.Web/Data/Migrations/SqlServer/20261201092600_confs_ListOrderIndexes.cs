using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class confs_ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_PublishAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts",
                columns: new[] { "PublishAtUtc", "IsDeleted", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_UpdatedAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts",
                columns: new[] { "UpdatedAtUtc", "IsDeleted", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Kind_HeldOn_IsDeleted_UnitId",
                table: "Conferences",
                columns: new[] { "Kind", "HeldOn", "IsDeleted", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Status_HeldOn_IsDeleted_UnitId",
                table: "Conferences",
                columns: new[] { "Status", "HeldOn", "IsDeleted", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NewsPosts_PublishAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts");

            migrationBuilder.DropIndex(
                name: "IX_NewsPosts_UpdatedAtUtc_IsDeleted_UnitId_State",
                table: "NewsPosts");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn_IsDeleted_UnitId",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn_IsDeleted_UnitId",
                table: "Conferences");

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
