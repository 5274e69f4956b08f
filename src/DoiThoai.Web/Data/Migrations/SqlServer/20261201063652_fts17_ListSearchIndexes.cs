using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class fts17_ListSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conferences_HeldOn",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps",
                columns: new[] { "UnitId", "ResponsibleUnitId", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_HeldOn_IsDeleted",
                table: "Conferences",
                columns: new[] { "HeldOn", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_HeldOn_IsDeleted",
                table: "Conferences");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_HeldOn",
                table: "Conferences",
                column: "HeldOn");
        }
    }
}
