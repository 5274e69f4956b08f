using DoiThoai.Web.Data;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Units;
using Microsoft.EntityFrameworkCore;

using DoiThoai.Web.Features.Search;

namespace DoiThoai.Web.Features.Conferences;

/// <summary>
/// Conferences and their headers, one file per thing a user does: the list (<c>.List</c>), the minutes as shown
/// (<c>.Details</c>), the header form and deletion (<c>.Edit</c>), finality and amendments (<c>.Finality</c>).
/// Access is checked by the controller before any call with an id.
/// </summary>
public sealed partial class ConferenceService(AppDbContext db, IAuditActor actor, TimeProvider clock, AmendmentInterceptor amendments, UnitChoices unitChoices,
    ListSearch search)
{
    public Task<Conference?> FindAsync(int id) => db.Conferences.FirstOrDefaultAsync(c => c.Id == id);
}
