namespace DoiThoai.Web.Domain;

/// <summary>Rules for moving parts of the unit tree (merges), free of the database so they can be tested alone.</summary>
public static class UnitTreeRules
{
    /// <summary>Why <paramref name="source"/> cannot be merged into <paramref name="target"/>, or null when it can.</summary>
    public static string? MergeProblem(AdministrativeUnit source, AdministrativeUnit target)
    {
        if (source.Id == target.Id) return "Không thể sáp nhập một đơn vị vào chính nó.";
        if (source.IsRetired) return "Đơn vị này đã giải thể hoặc sáp nhập trước đó.";
        if (target.IsRetired) return "Đơn vị nhận sáp nhập đã giải thể hoặc sáp nhập.";
        if (UnitPath.IsWithin(target.Path, source.Path)) return "Không thể sáp nhập vào một đơn vị cấp dưới của chính nó.";
        return null;
    }
}
