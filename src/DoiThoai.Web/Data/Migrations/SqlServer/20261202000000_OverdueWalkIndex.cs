using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OverdueWalkIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "EarliestOpenDeadline", "UnitId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConferenceFigures_EarliestOpenDeadline_UnitId_HeldOn",
                table: "ConferenceFigures");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceFigures_UnitId_EarliestOpenDeadline_HeldOn",
                table: "ConferenceFigures",
                columns: new[] { "UnitId", "EarliestOpenDeadline", "HeldOn" });
        }
    }
}
