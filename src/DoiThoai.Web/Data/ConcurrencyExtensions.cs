using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>The one way an edit form saves: only if nobody saved the record since the form was opened.</summary>
public static class ConcurrencyExtensions
{
    /// <summary>
    /// Saves when the record's version is still <paramref name="versionSeenByUser"/>; otherwise saves nothing,
    /// forgets the pending changes and returns false so the form can show the other person's values.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this AppDbContext db, T record, Guid versionSeenByUser) where T : DomainRecord
    {
        db.Entry(record).Property(r => r.Version).OriginalValue = versionSeenByUser;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
