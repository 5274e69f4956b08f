using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeopleRecordListsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_TopicId",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Petitions",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "LegalBases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "FollowUps",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Verdict",
                table: "FollowUps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerdictAtUtc",
                table: "FollowUps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerdictComment",
                table: "FollowUps",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerdictDecidedAtUtc",
                table: "FollowUps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FindingsText",
                table: "Conferences",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeldOnUnknown",
                table: "Conferences",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodKind",
                table: "Conferences",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodNumber",
                table: "Conferences",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedPeriodYear",
                table: "Conferences",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatedProposalCount",
                table: "Conferences",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StatedQuestionCount",
                table: "Conferences",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnnamedSpeakerCount",
                table: "Conferences",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnnamedSpeakerKind",
                table: "Conferences",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CitedLegalBasis",
                table: "ConferenceLegalBases",
                type: "nvarchar(1600)",
                maxLength: 1600,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Answerers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    TakesQuestions = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CitedFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Order = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitedFigures_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CitedFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConclusionItemCoordinators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConclusionItemId = table.Column<int>(type: "int", nullable: false),
                    OrganizationId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConclusionItemCoordinators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConclusionItemCoordinators_ConclusionItems_ConclusionItemId",
                        column: x => x.ConclusionItemId,
                        principalTable: "ConclusionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConclusionItemCoordinators_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Figure = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesFindings_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesFindings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RecordId = table.Column<int>(type: "int", nullable: false),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Tags = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchEntries_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    ConferenceId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    SenderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ResidentialGroup = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Topic = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PhotoStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PhotoContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ConsentedPurpose = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    RefusalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    PetitionId = table.Column<int>(type: "int", nullable: true),
                    PersonId = table.Column<int>(type: "int", nullable: true),
                    ModeratedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModeratedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PersonalDataRemovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentQuestions_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SentQuestions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthFigures",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Dialogues = table.Column<int>(type: "int", nullable: false),
                    Briefings = table.Column<int>(type: "int", nullable: false),
                    WorkingSessions = table.Column<int>(type: "int", nullable: false),
                    Contacts = table.Column<int>(type: "int", nullable: false),
                    UnitemizedOpinions = table.Column<int>(type: "int", nullable: false),
                    UnitemizedPetitions = table.Column<int>(type: "int", nullable: false),
                    Opinions = table.Column<int>(type: "int", nullable: false),
                    Petitions = table.Column<int>(type: "int", nullable: false),
                    Proposals = table.Column<int>(type: "int", nullable: false),
                    Questions = table.Column<int>(type: "int", nullable: false),
                    ItemsNew = table.Column<int>(type: "int", nullable: false),
                    ItemsAssigned = table.Column<int>(type: "int", nullable: false),
                    ItemsInProgress = table.Column<int>(type: "int", nullable: false),
                    ItemsResolved = table.Column<int>(type: "int", nullable: false),
                    ItemsExplained = table.Column<int>(type: "int", nullable: false),
                    ItemsTransferred = table.Column<int>(type: "int", nullable: false),
                    ItemsClosed = table.Column<int>(type: "int", nullable: false),
                    DoneWithDeadline = table.Column<int>(type: "int", nullable: false),
                    DoneLate = table.Column<int>(type: "int", nullable: false),
                    OpenWithDeadline = table.Column<int>(type: "int", nullable: false),
                    LatestOpenDeadline = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthFigures", x => new { x.UnitId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthTopicFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthTopicFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Code",
                table: "Petitions",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TopicId_IsDeleted",
                table: "Petitions",
                columns: new[] { "TopicId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Code",
                table: "FollowUps",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps",
                columns: new[] { "Deadline", "State", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps",
                columns: new[] { "State", "Deadline", "UnitId", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps",
                columns: new[] { "UnitId", "Deadline", "State", "ResponsibleUnitId", "IsDeleted", "MergedIntoId", "Kind", "ConferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId",
                filter: "[MergedIntoId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Public_Unit",
                table: "FollowUps",
                columns: new[] { "IsPublic", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps",
                columns: new[] { "Verdict", "VerdictDecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences",
                columns: new[] { "Kind", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences",
                columns: new[] { "Status", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_UnitId_MinutesState_IsDeleted_HeldOn",
                table: "Conferences",
                columns: new[] { "UnitId", "MinutesState", "IsDeleted", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_ConferenceId",
                table: "Announcements",
                column: "ConferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_IsPublished_IsDeleted",
                table: "Announcements",
                columns: new[] { "IsPublished", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_UnitId",
                table: "Announcements",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CitedFigures_ConferenceId",
                table: "CitedFigures",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_CitedFigures_UnitId",
                table: "CitedFigures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionItemCoordinators_ConclusionItemId_OrganizationId",
                table: "ConclusionItemCoordinators",
                columns: new[] { "ConclusionItemId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConclusionItemCoordinators_OrganizationId",
                table: "ConclusionItemCoordinators",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesFindings_ConferenceId",
                table: "MinutesFindings",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesFindings_UnitId",
                table: "MinutesFindings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_ConferenceId",
                table: "SearchEntries",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_Code",
                table: "SentQuestions",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_ConferenceId_State",
                table: "SentQuestions",
                columns: new[] { "ConferenceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_PersonalDataRemovedAtUtc_SentAtUtc",
                table: "SentQuestions",
                columns: new[] { "PersonalDataRemovedAtUtc", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SentQuestions_UnitId",
                table: "SentQuestions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthTopicFigures_UnitId_Month_TopicId_Count",
                table: "UnitMonthTopicFigures",
                columns: new[] { "UnitId", "Month", "TopicId", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "CitedFigures");

            migrationBuilder.DropTable(
                name: "ConclusionItemCoordinators");

            migrationBuilder.DropTable(
                name: "MinutesFindings");

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "SentQuestions");

            migrationBuilder.DropTable(
                name: "UnitMonthFigures");

            migrationBuilder.DropTable(
                name: "UnitMonthTopicFigures");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Code",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_TopicId_IsDeleted",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Code",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Deadline",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_State",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_List_Unit",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Public_Unit",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Verdict_VerdictDecidedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Kind_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Status_HeldOn",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_UnitId_MinutesState_IsDeleted_HeldOn",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictComment",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VerdictDecidedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "FindingsText",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "HeldOnUnknown",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodKind",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodNumber",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewedPeriodYear",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "StatedProposalCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "StatedQuestionCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnnamedSpeakerCount",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnnamedSpeakerKind",
                table: "Conferences");

            migrationBuilder.AlterColumn<string>(
                name: "CitedLegalBasis",
                table: "ConferenceLegalBases",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1600)",
                oldMaxLength: 1600,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TopicId",
                table: "Petitions",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId");
        }
    }
}
