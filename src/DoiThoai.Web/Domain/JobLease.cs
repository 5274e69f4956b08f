namespace DoiThoai.Web.Domain;

/// <summary>
/// Who runs a background job right now. Several nodes share one database; the node whose lease has not
/// expired runs the job, and a node that stops is replaced once its lease runs out.
/// </summary>
public class JobLease
{
    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}
