namespace DoiThoai.Tests.Integration.Infrastructure;

/// <summary>
/// One portal shared by test classes that only read (pages, figures, the demo data as seeded): they run one after
/// another on it instead of each starting its own. A class that writes, or that counts what others might write,
/// keeps its own <c>IClassFixture&lt;PortalFactory&gt;</c>: sharing would make it depend on the order of the run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "Read-only portal";
}
