using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class pub_NoticeReadMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NoticeReadMarks",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadUpToNoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReadMarks", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NoticeReadMarks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeReadMarks");
        }
    }
}
