namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>Registration of the public answers page.</summary>
public static class PublicPetitionServices
{
    public static IServiceCollection AddPublicPetitions(this IServiceCollection services) =>
        services.AddScoped<PublicAnswers>().AddSingleton<PublicAnswerChoices>();
}
