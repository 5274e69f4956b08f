using System.ComponentModel.DataAnnotations;

namespace DoiThoai.Web.Domain.Public;

/// <summary>Whether the answer settled the matter for the person who raised it (their verdict, given once per answer).</summary>
public enum RaiserVerdict
{
    [Display(Name = "Hài lòng")] Settled = 1,
    [Display(Name = "Chưa hài lòng")] NotSettled = 2,
}
