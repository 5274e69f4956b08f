using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoiThoai.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PollVoteAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressHash",
                table: "NewsPollVotes",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PortalSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ProtectedValue = table.Column<string>(type: "varchar(2000)", unicode: false, maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalSecrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPollVotes_NewsPollId_AddressHash",
                table: "NewsPollVotes",
                columns: new[] { "NewsPollId", "AddressHash" },
                unique: true,
                filter: "[AddressHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PortalSecrets");

            migrationBuilder.DropIndex(
                name: "IX_NewsPollVotes_NewsPollId_AddressHash",
                table: "NewsPollVotes");

            migrationBuilder.DropColumn(
                name: "AddressHash",
                table: "NewsPollVotes");
        }
    }
}
