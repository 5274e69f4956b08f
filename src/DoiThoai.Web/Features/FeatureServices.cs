using DoiThoai.Web.Features.Account;
using DoiThoai.Web.Features.Audit;
using DoiThoai.Web.Features.Calendar;
using DoiThoai.Web.Features.Conferences;
using DoiThoai.Web.Features.Dashboard;
using DoiThoai.Web.Features.Documents;
using DoiThoai.Web.Features.FollowUps;
using DoiThoai.Web.Features.Lookup;
using DoiThoai.Web.Features.Minutes;
using DoiThoai.Web.Features.News;
using DoiThoai.Web.Features.Notices;
using DoiThoai.Web.Features.Organizations;
using DoiThoai.Web.Features.PersonalData;
using DoiThoai.Web.Features.Plans;
using DoiThoai.Web.Features.PublicNews;
using DoiThoai.Web.Features.PublicPetitions;
using DoiThoai.Web.Features.Questions;
using DoiThoai.Web.Features.Search;
using DoiThoai.Web.Features.Staff;
using DoiThoai.Web.Features.Units;
using DoiThoai.Web.Features.Users;

namespace DoiThoai.Web.Features;

/// <summary>
/// The one list of features: each registers its own services in the <c>XServices.cs</c> beside its controller,
/// so a feature's wiring is found in its folder and Infrastructure registers none.
/// </summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddAccount()
            .AddConferences()
            .AddDocuments()
            .AddMinutes()
            .AddFollowUps()
            .AddOrganizations()
            .AddAudit()
            .AddUnits()
            .AddScoped<Topics.TopicList>()
            .AddUsers()
            .AddNotices()
            .AddNews()
            .AddPublicNews(configuration)
            .AddPublicPetitions()
            .AddLookup(configuration)
            .AddCalendar()
            .AddQuestions(configuration)
            .AddPersonalData(configuration)
            .AddPlans()
            .AddDashboards()
            .AddSearch()
            .AddStaffHome();
}
