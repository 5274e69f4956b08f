namespace DoiThoai.Web.Data;

/// <summary>Who is making the current change, for the audit trail.</summary>
public interface IAuditActor
{
    int? UserId { get; }
    string UserName { get; }
}

/// <summary>The actor for start-up work (migrations, seeding, commands).</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();
    public int? UserId => null;
    public string UserName => "hệ thống";
}
