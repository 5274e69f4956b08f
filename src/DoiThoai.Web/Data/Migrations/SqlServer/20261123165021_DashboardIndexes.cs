using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences",
                columns: new[] { "UnitId", "HeldOn", "IsDeleted", "Kind", "UnitemizedOpinionCount", "UnitemizedPetitionCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences",
                columns: new[] { "HeldOn", "UnitId", "Kind", "IsDeleted", "UnitemizedOpinionCount", "UnitemizedPetitionCount" });
        }
    }
}
