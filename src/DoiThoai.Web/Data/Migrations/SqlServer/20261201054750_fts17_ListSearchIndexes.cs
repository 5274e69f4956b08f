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
            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps",
                columns: new[] { "UnitId", "ResponsibleUnitId", "ConferenceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Unit_Responsible",
                table: "FollowUps");
        }
    }
}
