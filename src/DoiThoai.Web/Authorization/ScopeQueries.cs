using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Authorization;

/// <summary>
/// List queries limited to a user's scope, so lists and counts never show another ward's records.
/// The prefix test is the same rule as <see cref="UnitPath.IsWithin"/>, written for the database.
/// </summary>
public static class ScopeQueries
{
    public static IQueryable<AdministrativeUnit> InScope(this IQueryable<AdministrativeUnit> units, UserScope scope) =>
        units.Where(u => u.Path.StartsWith(scope.Path));

    public static IQueryable<Organization> InScope(this IQueryable<Organization> organizations, UserScope scope) =>
        organizations.Where(o => o.Unit!.Path.StartsWith(scope.Path));

    public static IQueryable<Conference> InScope(this IQueryable<Conference> conferences, UserScope scope) =>
        conferences.Where(c => c.Unit!.Path.StartsWith(scope.Path));

    public static IQueryable<Person> InScope(this IQueryable<Person> people, UserScope scope) =>
        people.Where(p => p.Unit!.Path.StartsWith(scope.Path));

    public static IQueryable<Topic> InScope(this IQueryable<Topic> topics, UserScope scope) =>
        topics.Where(t => t.Unit!.Path.StartsWith(scope.Path));

    /// <summary>The legal bases a user may change; every staff member reads the whole catalogue.</summary>
    public static IQueryable<LegalBasis> InScope(this IQueryable<LegalBasis> legalBases, UserScope scope) =>
        legalBases.Where(l => l.Unit!.Path.StartsWith(scope.Path));

    public static IQueryable<Domain.FollowUp.AnswerTemplate> InScope(this IQueryable<Domain.FollowUp.AnswerTemplate> templates, UserScope scope) =>
        templates.Where(t => t.Unit!.Path.StartsWith(scope.Path));
}
