using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilesNoticesNewsPlansAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ConferenceId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_PetitionId",
                table: "FollowUps");

            migrationBuilder.AddColumn<string>(
                name: "RaiserEmail",
                table: "Petitions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Organizations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentText",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreparedAction",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreparedAnswer",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAtUtc",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FinalizedAtUtc",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalizedBy",
                table: "Conferences",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesState",
                table: "Conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ConclusionItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amendments_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Amendments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnswerTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerTemplates_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnswerTemplates_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DialoguePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DialoguePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DialoguePlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowUpEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpAttachments_FollowUpEvents_FollowUpEventId",
                        column: x => x.FollowUpEventId,
                        principalTable: "FollowUpEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAttachments_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailRecipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpNotices_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPolls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPolls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPolls_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NewsPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorLine = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewCount = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPosts_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NewsPosts_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RaiserNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaiserNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RaiserNotices_FollowUps_FollowUpItemId",
                        column: x => x.FollowUpItemId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteCounters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteCounters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "PlanEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeadBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanEntries_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanEntries_DialoguePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DialoguePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanEntries_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeReadings",
                columns: table => new
                {
                    FollowUpNoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReadings", x => new { x.FollowUpNoticeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_NoticeReadings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NoticeReadings_FollowUpNotices_FollowUpNoticeId",
                        column: x => x.FollowUpNoticeId,
                        principalTable: "FollowUpNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPollOption",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsPollId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPollOption", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPollOption_NewsPolls_NewsPollId",
                        column: x => x.NewsPollId,
                        principalTable: "NewsPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsPostId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModeratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsComments_NewsPosts_NewsPostId",
                        column: x => x.NewsPostId,
                        principalTable: "NewsPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsPostId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPhotos_NewsPosts_NewsPostId",
                        column: x => x.NewsPostId,
                        principalTable: "NewsPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPollVotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsPollId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewsPollOptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPollVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPollVotes_NewsPollOption_NewsPollOptionId",
                        column: x => x.NewsPollOptionId,
                        principalTable: "NewsPollOption",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NewsPollVotes_NewsPolls_NewsPollId",
                        column: x => x.NewsPollId,
                        principalTable: "NewsPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Dashboard",
                table: "Petitions",
                columns: new[] { "ConferenceId", "IsDeleted", "Kind", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps",
                columns: new[] { "ConferenceId", "IsDeleted", "MergedIntoId", "State", "Deadline", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_IsPublic_PublishedAtUtc",
                table: "FollowUps",
                columns: new[] { "IsPublic", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PetitionId",
                table: "FollowUps",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences",
                columns: new[] { "UnitId", "HeldOn", "IsDeleted", "Kind", "UnitemizedOpinionCount", "UnitemizedPetitionCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_ConferenceId_AtUtc",
                table: "Amendments",
                columns: new[] { "ConferenceId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_UnitId",
                table: "Amendments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerTemplates_TopicId",
                table: "AnswerTemplates",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerTemplates_UnitId_TopicId",
                table: "AnswerTemplates",
                columns: new[] { "UnitId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_DialoguePlans_UnitId_Year",
                table: "DialoguePlans",
                columns: new[] { "UnitId", "Year" },
                unique: true,
                filter: "[IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_DialoguePlans_Year",
                table: "DialoguePlans",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_FollowUpEventId",
                table: "FollowUpAttachments",
                column: "FollowUpEventId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_FollowUpItemId",
                table: "FollowUpAttachments",
                column: "FollowUpItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAttachments_StoredName",
                table: "FollowUpAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_EmailedAtUtc",
                table: "FollowUpNotices",
                column: "EmailedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpNotices_FollowUpItemId_Kind_Deadline",
                table: "FollowUpNotices",
                columns: new[] { "FollowUpItemId", "Kind", "Deadline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsComments_NewsPostId_State",
                table: "NewsComments",
                columns: new[] { "NewsPostId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsComments_UnitId_State",
                table: "NewsComments",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPhotos_NewsPostId",
                table: "NewsPhotos",
                column: "NewsPostId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPhotos_StoredName",
                table: "NewsPhotos",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsPollOption_NewsPollId",
                table: "NewsPollOption",
                column: "NewsPollId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPolls_UnitId",
                table: "NewsPolls",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPollVotes_NewsPollId_VisitorId",
                table: "NewsPollVotes",
                columns: new[] { "NewsPollId", "VisitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsPollVotes_NewsPollOptionId",
                table: "NewsPollVotes",
                column: "NewsPollOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_ConferenceId",
                table: "NewsPosts",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_Slug",
                table: "NewsPosts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_State_PublishAtUtc",
                table: "NewsPosts",
                columns: new[] { "State", "PublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_UnitId_State",
                table: "NewsPosts",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReadings_UserId",
                table: "NoticeReadings",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanEntries_ConferenceId",
                table: "PlanEntries",
                column: "ConferenceId",
                unique: true,
                filter: "[ConferenceId] IS NOT NULL AND [IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_PlanEntries_PlanId_Month",
                table: "PlanEntries",
                columns: new[] { "PlanId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanEntries_UnitId",
                table: "PlanEntries",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RaiserNotices_FollowUpItemId_Kind",
                table: "RaiserNotices",
                columns: new[] { "FollowUpItemId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RaiserNotices_SentAtUtc",
                table: "RaiserNotices",
                column: "SentAtUtc");

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_FollowUps_MergedIntoId",
                table: "FollowUps",
                column: "MergedIntoId",
                principalTable: "FollowUps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_FollowUps_MergedIntoId",
                table: "FollowUps");

            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "AnswerTemplates");

            migrationBuilder.DropTable(
                name: "FollowUpAttachments");

            migrationBuilder.DropTable(
                name: "NewsComments");

            migrationBuilder.DropTable(
                name: "NewsPhotos");

            migrationBuilder.DropTable(
                name: "NewsPollVotes");

            migrationBuilder.DropTable(
                name: "NoticeReadings");

            migrationBuilder.DropTable(
                name: "PlanEntries");

            migrationBuilder.DropTable(
                name: "RaiserNotices");

            migrationBuilder.DropTable(
                name: "SiteCounters");

            migrationBuilder.DropTable(
                name: "NewsPosts");

            migrationBuilder.DropTable(
                name: "NewsPollOption");

            migrationBuilder.DropTable(
                name: "FollowUpNotices");

            migrationBuilder.DropTable(
                name: "DialoguePlans");

            migrationBuilder.DropTable(
                name: "NewsPolls");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Dashboard",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_Dashboard",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_IsPublic_PublishedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MergedIntoId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_PetitionId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_Dashboard",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "RaiserEmail",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ContentText",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "PreparedAction",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "PreparedAnswer",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "PublishedAtUtc",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "FinalizedAtUtc",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "FinalizedBy",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "MinutesState",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ConclusionItems");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ConferenceId",
                table: "FollowUps",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PetitionId",
                table: "FollowUps",
                column: "PetitionId",
                unique: true,
                filter: "[PetitionId] IS NOT NULL");
        }
    }
}
