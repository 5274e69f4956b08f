using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Plans;

/// <summary>
/// The conferences a plan's entry may be linked to, read with the linked ones excluded once (not per conference): the
/// plan's unit and year, never a conference another entry carries out, the entry's own conference when it is edited.
/// </summary>
public class PlanConferenceChoicesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Choices_are_the_units_conferences_of_the_year_not_linked_to_another_entry()
    {
        var (all, linkedElsewhere, linkedConference, fresh, edited) = await factory.WithDbAsync(async db =>
        {
            var plan = await db.DialoguePlans.SingleAsync(p => p.Unit!.Code == "HT-KA-KPH" && p.Year == 2022);
            var entry = await db.PlanEntries.SingleAsync(e => e.PlanId == plan.Id && e.ConferenceId != null);
            var kyPhuong = await db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Path).SingleAsync();
            var all = await db.Conferences.Where(c => c.Unit!.Path.StartsWith(kyPhuong) && c.HeldOn.Year == 2022).Select(c => c.Id).ToListAsync();
            var linkedElsewhere = await db.PlanEntries.Where(e => e.ConferenceId != null && e.Id != entry.Id).Select(e => e.ConferenceId!.Value).ToListAsync();
            var service = new PlanService(db, TimeProvider.System);
            var fresh = (await service.ConferenceChoicesAsync(plan, null)).Select(c => int.Parse(c.Value)).ToList();
            var edited = (await service.ConferenceChoicesAsync(plan, entry.Id)).Select(c => int.Parse(c.Value)).ToList();
            return (all, linkedElsewhere, entry.ConferenceId!.Value, fresh, edited);
        });

        Assert.Contains(linkedConference, all);
        Assert.DoesNotContain(linkedConference, fresh);
        Assert.Equal(all.Except(linkedElsewhere).Where(id => id != linkedConference).Order(), fresh.Order());
        // Editing the entry that carries it out offers its own conference again.
        Assert.Contains(linkedConference, edited);
        Assert.Equal(all.Except(linkedElsewhere).Order(), edited.Order());
    }
}
