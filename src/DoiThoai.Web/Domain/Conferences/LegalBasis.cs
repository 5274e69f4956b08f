namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// A document a conference is held under (căn cứ), e.g. "657-QĐ/TU" of 04/04/2018 by Ban Thường vụ Tỉnh ủy.
/// A catalogue shared by every unit, since one provincial decision is cited by many communes.
/// </summary>
public class LegalBasis : DomainRecord, IHasSearchText
{
    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public string IssuingBody { get; set; } = "";
    public string Title { get; set; } = "";
    public string SearchText { get; set; } = "";

    public string Citation => IssuedOn is { } date
        ? $"{Number} ngày {date:dd/MM/yyyy} của {IssuingBody}"
        : $"{Number} của {IssuingBody}";

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Number} {IssuingBody} {Title}");
}

public class ConferenceLegalBasis : ConferencePart
{
    public int LegalBasisId { get; set; }
    public LegalBasis? LegalBasis { get; set; }
    public int Order { get; set; }
}
