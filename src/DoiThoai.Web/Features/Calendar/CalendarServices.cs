namespace DoiThoai.Web.Features.Calendar;

/// <summary>The public calendar of announced conferences (/lich-doi-thoai) and the announcement form of each conference.</summary>
public static class CalendarServices
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services.AddScoped<CalendarService>();
}
