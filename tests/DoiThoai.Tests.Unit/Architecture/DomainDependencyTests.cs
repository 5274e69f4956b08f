using System.Reflection;
using DoiThoai.Web.Domain;

namespace DoiThoai.Tests.Unit.Architecture;

/// <summary>
/// The README's promise: <c>Domain</c> holds records and rules with no web or EF dependency, so its rules are tested
/// as plain classes. The one exception is <see cref="AppUser"/>, which is ASP.NET Core Identity's user.
/// </summary>
public class DomainDependencyTests
{
    private static readonly string[] WebOrEf = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"];

    [Fact]
    public void Domain_types_name_no_web_or_ef_type_except_the_identity_user()
    {
        var offenders = typeof(AppUser).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("DoiThoai.Web.Domain", StringComparison.Ordinal) == true)
            .SelectMany(t => TypesNamedBy(t).Where(IsWebOrEf).Select(used => $"{t.Name} uses {used.FullName}"))
            .Where(o => o != $"{nameof(AppUser)} uses {typeof(AppUser).BaseType!.FullName}")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, $"Domain depends on the web or EF: {string.Join("; ", offenders)}");
    }

    [Fact]
    public void Domain_files_import_no_web_or_ef_namespace_except_the_identity_user()
    {
        var files = SourceTree.Files(".cs").Where(f => SourceTree.Relative(f).StartsWith("src/DoiThoai.Web/Domain/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        var offenders = files
            .Where(f => Path.GetFileName(f) != "AppUser.cs")
            .Where(f => File.ReadLines(f).Any(line => WebOrEf.Any(ns => line.TrimStart().StartsWith($"using {ns}", StringComparison.Ordinal))))
            .Select(SourceTree.Relative)
            .ToList();
        Assert.True(offenders.Count == 0, $"Domain files importing the web or EF: {string.Join(", ", offenders)}");
    }

    private static IEnumerable<Type> TypesNamedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(all)) yield return f.FieldType;
        foreach (var p in type.GetProperties(all)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
        }
        foreach (var a in type.GetCustomAttributesData()) yield return a.AttributeType;
    }

    private static bool IsWebOrEf(Type type) =>
        (type.IsGenericType ? type.GetGenericArguments().Append(type.GetGenericTypeDefinition()) : [type])
            .Any(t => t.Namespace is { } ns && WebOrEf.Any(w => ns.StartsWith(w, StringComparison.Ordinal)));
}
