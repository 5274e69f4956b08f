using DoiThoai.Web.Features.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Unit.Features.Errors;

public class DatabaseBusyTests
{
    [Theory]
    [InlineData(5, true)] // SQLITE_BUSY
    [InlineData(6, true)] // SQLITE_LOCKED
    [InlineData(19, false)] // a constraint: sending again would not help
    public void A_locked_sqlite_database_is_busy_also_inside_an_ef_update_error(int code, bool busy)
    {
        var sqlite = new SqliteException("database is locked", code);
        Assert.Equal(busy, ErrorController.IsDatabaseBusy(sqlite));
        Assert.Equal(busy, ErrorController.IsDatabaseBusy(new DbUpdateException("save failed", sqlite)));
    }

    [Fact]
    public void Other_errors_are_not_busy()
    {
        Assert.False(ErrorController.IsDatabaseBusy(null));
        Assert.False(ErrorController.IsDatabaseBusy(new InvalidOperationException("boom", new TimeoutException())));
    }
}
