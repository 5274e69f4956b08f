namespace DoiThoai.Web.Domain;

/// <summary>
/// A secret the portal makes for itself and every node shares (e.g. the key that hashes voters' addresses),
/// stored sealed by Data Protection, so a copy of the database alone does not reveal it.
/// </summary>
public class PortalSecret
{
    public string Name { get; set; } = "";
    public string ProtectedValue { get; set; } = "";
}
