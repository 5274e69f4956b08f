using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Features.Minutes;

/// <summary>The coordinating bodies of a conclusion item as picked: each once, and never the body that leads it.</summary>
public static class Coordination
{
    public static List<ConclusionItemCoordinator> Of(int? leadingOrganizationId, IEnumerable<int> picked) =>
        picked.Where(id => id != leadingOrganizationId).Distinct()
            .Select(id => new ConclusionItemCoordinator { OrganizationId = id }).ToList();
}
