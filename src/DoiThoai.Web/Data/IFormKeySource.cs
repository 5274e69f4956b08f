namespace DoiThoai.Web.Data;

/// <summary>The one-time key of the form being posted, claimed by the first save of the request (ADR 0008).</summary>
public interface IFormKeySource
{
    /// <summary>The key and user of the current post, when it is a signed-in form post carrying a valid key.</summary>
    FormClaim? Current { get; }

    /// <summary>True once a save of this request has written the key.</summary>
    bool IsClaimed { get; }

    void MarkClaimed();
}

public sealed record FormClaim(string Key, int UserId);

/// <summary>Start-up work, commands and design time: no form, no key.</summary>
public sealed class NoFormKey : IFormKeySource
{
    public static readonly NoFormKey Instance = new();
    public FormClaim? Current => null;
    public bool IsClaimed => false;
    public void MarkClaimed() { }
}

/// <summary>The save of a post whose form had already been saved under the same key (a double submit).</summary>
public sealed class FormAlreadySubmittedException(string key, Exception inner)
    : Exception("This form was already submitted.", inner)
{
    public string Key { get; } = key;
}
