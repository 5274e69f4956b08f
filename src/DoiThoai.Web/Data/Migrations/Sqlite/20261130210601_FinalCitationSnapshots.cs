using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FinalCitationSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CitedOrganization",
                table: "Speeches",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedPerson",
                table: "Speeches",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedAddressedTo",
                table: "Petitions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedAnsweredByPerson",
                table: "Petitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedRaisedByOrganization",
                table: "Petitions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedRaisedByPerson",
                table: "Petitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedRaisedByUnit",
                table: "Petitions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedTopic",
                table: "Petitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "LegalBases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CitedOrganizer",
                table: "Conferences",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedUnit",
                table: "Conferences",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedPerson",
                table: "ConferenceParticipants",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedOrganization",
                table: "ConferenceOrganizations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedLegalBasis",
                table: "ConferenceLegalBases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedResponsibleOrganization",
                table: "ConclusionItems",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // Legal bases entered before they had an owner are kept by the first top-level unit (its administrators).
            // The citations of final minutes are filled at start-up (FinalCitations.TakeMissingAsync), from the same code as new ones.
            migrationBuilder.Sql("""UPDATE "LegalBases" SET "UnitId" = (SELECT MIN("Id") FROM "Units" WHERE "ParentId" IS NULL) WHERE "UnitId" = 0;""");

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_UnitId",
                table: "LegalBases",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalBases_Units_UnitId",
                table: "LegalBases",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalBases_Units_UnitId",
                table: "LegalBases");

            migrationBuilder.DropIndex(
                name: "IX_LegalBases_UnitId",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "CitedOrganization",
                table: "Speeches");

            migrationBuilder.DropColumn(
                name: "CitedPerson",
                table: "Speeches");

            migrationBuilder.DropColumn(
                name: "CitedAddressedTo",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "CitedAnsweredByPerson",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "CitedRaisedByOrganization",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "CitedRaisedByPerson",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "CitedRaisedByUnit",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "CitedTopic",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "CitedOrganizer",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "CitedUnit",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "CitedPerson",
                table: "ConferenceParticipants");

            migrationBuilder.DropColumn(
                name: "CitedOrganization",
                table: "ConferenceOrganizations");

            migrationBuilder.DropColumn(
                name: "CitedLegalBasis",
                table: "ConferenceLegalBases");

            migrationBuilder.DropColumn(
                name: "CitedResponsibleOrganization",
                table: "ConclusionItems");
        }
    }
}
