namespace Switchboard.Web.Localization;

/// <summary>The error codes the /account/* endpoints put in the address, as the words that explain them.</summary>
public static class AccountErrors
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["invalid"] = "ErrorInvalid",
        ["locked"] = "ErrorLocked",
        ["expired"] = "ErrorExpired",
        ["used"] = "ErrorUsed",
        ["weak"] = "ErrorWeak",
        ["mismatch"] = "ErrorMismatch",
        ["email"] = "ErrorEmail",
        ["name"] = "ErrorName",
    };

    /// <summary>The text key for an error code; null for none or a code nobody sends (it is not echoed back).</summary>
    public static string? TextKey(string? code) => code is not null && Texts.TryGetValue(code, out var key) ? key : null;
}
