using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DoiThoai.Web.Features.PublicPetitions;

/// <summary>The address of one page of published answers: <c>/kien-nghi?UnitId=…&amp;Topic=…&amp;Q=…&amp;Page=…</c>.</summary>
public sealed class PublicPetitionFilter
{
    public int? UnitId { get; set; }
    public string? Topic { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

/// <summary>What a reader sees of an answered petition: where it was raised, on what, and the answer. No one's name.</summary>
public sealed record PublicPetitionRow(int Id, FollowUpKind Kind, string Content, string UnitName, string? Topic, string ConferenceTitle,
    ConferenceWhen When, string? Responsible, string? Answer, FollowUpState State, DateTime? PublishedAtUtc);

/// <summary>
/// One page of published answers with the form's choices. <paramref name="SearchCapped"/>: the words were looked for
/// in the newest <see cref="PublicAnswerSearch.ScanLimit"/> matching records only, so older answers may hold them too.
/// </summary>
public sealed record PublicPetitionList(PublicPetitionFilter Filter, BoundedList<PublicPetitionRow> Page,
    IReadOnlyList<SelectListItem> Units, IReadOnlyList<string> Topics, bool SearchCapped = false);
