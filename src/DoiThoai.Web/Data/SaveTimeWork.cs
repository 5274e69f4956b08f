using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Data;

/// <summary>
/// Everything a save does besides writing the changed rows, one interceptor per concern, listed here in the order
/// they run (ADR 0011). Every context gets them, whichever code made it: the portal through its registration in
/// <c>DataServices</c>, the tools and <c>dotnet ef</c> with the system as the actor.
/// </summary>
public static class SaveTimeWork
{
    /// <summary>The services that share save-time state with the features (the admitted amendment of a request).</summary>
    public static IServiceCollection AddSaveTimeWork(this IServiceCollection services) =>
        services.AddScoped<AmendmentInterceptor>();

    /// <summary>The portal's contexts: the request's user, clock, form key and amendment.</summary>
    public static DbContextOptionsBuilder UseSaveTimeWork(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.UseSaveTimeWork(services.GetRequiredService<IAuditActor>(), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IFormKeySource>(), services.GetRequiredService<AmendmentInterceptor>());

    /// <summary>Start-up work, tools and design time: the system, no form.</summary>
    public static DbContextOptionsBuilder<T> UseSaveTimeWork<T>(this DbContextOptionsBuilder<T> options) where T : DbContext
    {
        ((DbContextOptionsBuilder)options).UseSaveTimeWork(SystemActor.Instance, TimeProvider.System, NoFormKey.Instance,
            new AmendmentInterceptor(SystemActor.Instance, TimeProvider.System));
        return options;
    }

    private static DbContextOptionsBuilder UseSaveTimeWork(this DbContextOptionsBuilder options,
        IAuditActor actor, TimeProvider clock, IFormKeySource formKeys, AmendmentInterceptor amendments)
    {
        // Audit entries and figures are written by one follow-up save, in the transaction of the save they describe.
        var followUp = new FollowUpSave();
        return options.AddInterceptors(
            // First: clears what a failed save left, and rolls back on failure before the form key is looked for.
            followUp,
            // Before the record rules, so that rows given their citations get a new version like any change.
            new FinalCitationsInterceptor(),
            // New petitions, content items and sent questions get the code their raiser follows them by (ADR 0022).
            new PublicCodeInterceptor(),
            // Items carry their petition's topic for the list's topic filter (ADR 0027); before the record rules, so items
            // given a new topic get a new version like any change.
            new FollowUpTopicsInterceptor(),
            new RecordRulesInterceptor(clock),
            // After the record rules: a delete already reads as a hidden record in the amendment's description.
            amendments,
            // After the amendment, whose event it stamps; the figures lock before the save and rebuild after it.
            new AuditInterceptor(actor, clock, followUp),
            new ConferenceFiguresInterceptor(followUp),
            // The words index of the conferences the save touched (ADR 0019), with the figures in the follow-up save.
            new SearchEntriesInterceptor(followUp),
            // Last: its key is marked claimed once the follow-up save has committed.
            new FormKeyInterceptor(formKeys, clock));
    }
}
