using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// An opinion, petition, proposal or question raised at a conference. Those not settled on the spot
/// are followed up to closure (a later feature adds the workflow on this record).
/// </summary>
public partial class Petition : ConferencePart, IHasSearchText, IOrderedPart
{
    public Conference? Conference { get; set; }
    public int Order { get; set; }
    public PetitionKind Kind { get; set; }
    public string Content { get; set; } = "";

    /// <summary>Who raised it: a person, an organization or a residential group (any may be given).</summary>
    public int? RaisedByPersonId { get; set; }
    public Person? RaisedByPerson { get; set; }
    public int? RaisedByOrganizationId { get; set; }
    public Organization? RaisedByOrganization { get; set; }
    public int? RaisedByUnitId { get; set; }
    public AdministrativeUnit? RaisedByUnit { get; set; }

    public int? TopicId { get; set; }
    public Topic? Topic { get; set; }
    public int? AddressedToId { get; set; }
    public Organization? AddressedTo { get; set; }

    /// <summary>The raiser's e-mail, where one was recorded, to tell them the answer.</summary>
    public string? RaiserEmail { get; set; }

    public string? OnTheSpotAnswer { get; set; }
    public int? AnsweredByPersonId { get; set; }
    public Person? AnsweredByPerson { get; set; }

    // Catalogue names as they stood when the minutes became final (MinutesFinality.Shown).
    [NotAudited] public string? CitedRaisedByPerson { get; set; }
    [NotAudited] public string? CitedRaisedByOrganization { get; set; }
    [NotAudited] public string? CitedRaisedByUnit { get; set; }
    [NotAudited] public string? CitedTopic { get; set; }
    [NotAudited] public string? CitedAddressedTo { get; set; }
    [NotAudited] public string? CitedAnsweredByPerson { get; set; }

    public string SearchText { get; set; } = "";

    public bool AnsweredOnTheSpot => !string.IsNullOrWhiteSpace(OnTheSpotAnswer);

    public void RefreshSearchText() => SearchText = VietnameseText.Fold(Content);
}

public enum PetitionKind
{
    [Display(Name = "Ý kiến")] Opinion = 1,
    [Display(Name = "Kiến nghị")] Petition = 2,
    [Display(Name = "Đề xuất")] Proposal = 3,
    [Display(Name = "Chất vấn")] Question = 4,
}

/// <summary>A topic (lĩnh vực, nhóm vấn đề) from a unit's catalogue.</summary>
public class Topic : DomainRecord, IUnitScoped, IHasSearchText
{
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    public string Name { get; set; } = "";
    public string SearchText { get; set; } = "";
    public int OwningUnitId => UnitId;
    public void RefreshSearchText() => SearchText = VietnameseText.Fold(Name);
}

/// <summary>One actionable item of the chair's conclusion, with who carries it out and by when.</summary>
public class ConclusionItem : ConferencePart, IHasSearchText, IOrderedPart
{
    public Conference? Conference { get; set; }
    public int Order { get; set; }
    public string Content { get; set; } = "";
    public int? ResponsibleOrganizationId { get; set; }
    public Organization? ResponsibleOrganization { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>The bodies that coordinate while <see cref="ResponsibleOrganization"/> leads; each becomes a coordinator of the follow-up.</summary>
    public List<ConclusionItemCoordinator> Coordinators { get; set; } = [];

    /// <summary>The responsible body's name as it stood when the minutes became final.</summary>
    [NotAudited] public string? CitedResponsibleOrganization { get; set; }

    public string SearchText { get; set; } = "";
    public void RefreshSearchText() => SearchText = VietnameseText.Fold(Content);
}
