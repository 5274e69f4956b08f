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

    /// <summary>The number and symbol ("12/KH-UBND"); empty for a document without one (không số).</summary>
    public string Number { get; set; } = "";

    /// <summary>The kind of document ("Kế hoạch", "Quyết định", "Hướng dẫn"...), where known.</summary>
    public string? DocumentType { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string IssuingBody { get; set; } = "";
    /// <summary>What the document is about, as its summary ("về ..."); empty when unknown, never made up.</summary>
    public string Title { get; set; } = "";
    public string SearchText { get; set; } = "";

    public string Citation => CitationOf(DocumentType, Number, IssuedOn, IssuingBody, Title);

    public int OwningUnitId => UnitId;

    /// <summary>The document as cited, in the standard order (<see cref="LegalCitation"/>).</summary>
    public static string CitationOf(string? documentType, string number, DateOnly? issuedOn, string issuingBody, string? summary) =>
        LegalCitation.Format(documentType, number, issuedOn, issuingBody, summary);

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{DocumentType} {Number} {IssuingBody} {Title}");
}

public class ConferenceLegalBasis : ConferencePart
{
    public int LegalBasisId { get; set; }
    public LegalBasis? LegalBasis { get; set; }
    public int Order { get; set; }

    /// <summary>The citation as it stood when the minutes became final (<see cref="MinutesFinality.Shown"/>).</summary>
    [NotAudited] public string? CitedLegalBasis { get; set; }
}
