namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A document a conference is held under (căn cứ), e.g. "657-QĐ/TU" of 04/04/2018 by Ban Thường vụ Tỉnh ủy.
/// A catalogue shared by every unit, since one provincial decision is cited by many communes: everyone reads
/// it, but only the staff of the unit that entered it (and of the levels above) may change it.
/// </summary>
public class LegalBasis : DomainRecord, IUnitScoped, IHasSearchText
{
    /// <summary>The unit that keeps this entry; entries from before owners existed belong to the first top-level unit.</summary>
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public string IssuingBody { get; set; } = "";
    public string Title { get; set; } = "";
    public string SearchText { get; set; } = "";

    public string Citation => CitationOf(Number, IssuedOn, IssuingBody);

    public int OwningUnitId => UnitId;

    public static string CitationOf(string number, DateOnly? issuedOn, string issuingBody) => issuedOn is { } date
        ? $"{number} ngày {date:dd/MM/yyyy} của {issuingBody}"
        : $"{number} của {issuingBody}";

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Number} {IssuingBody} {Title}");
}

public class ConferenceLegalBasis : ConferencePart
{
    public int LegalBasisId { get; set; }
    public LegalBasis? LegalBasis { get; set; }
    public int Order { get; set; }

    /// <summary>The citation as it stood when the minutes became final (<see cref="MinutesFinality.Shown"/>).</summary>
    [NotAudited] public string? CitedLegalBasis { get; set; }
}
