using DoiThoai.Web.Domain.Public;

namespace DoiThoai.Web.Domain.Conferences;

public partial class Petition : IHasPublicCode
{
    /// <summary>The code its raiser looks it up by (<see cref="PublicCode"/>); given at the first save, or kept from the question sent before.</summary>
    [NotAudited] public string? Code { get; set; }
}
