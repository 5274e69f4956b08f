using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class share_VerdictFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "UnitMonthFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "UnitMonthFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Judged",
                table: "ConferenceFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Settled",
                table: "ConferenceFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdicts",
                table: "FollowUps",
                columns: new[] { "ConferenceId", "Verdict", "ResponsibleOrganizationId", "PetitionId" },
                filter: "[Verdict] IS NOT NULL AND [MergedIntoId] IS NULL AND [IsDeleted] = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdicts",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "UnitMonthFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "UnitMonthFigures");

            migrationBuilder.DropColumn(
                name: "Judged",
                table: "ConferenceFigures");

            migrationBuilder.DropColumn(
                name: "Settled",
                table: "ConferenceFigures");
        }
    }
}
