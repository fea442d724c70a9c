using Switchboard.Application.People;

namespace Switchboard.Web.Localization;

/// <summary>A language the console speaks, named in itself (한국어, not "Korean").</summary>
public sealed record Language(string Code, string NativeName);

/// <summary>The console's languages and where a person's choice is kept.</summary>
public static class Languages
{
    /// <summary>The cookie that remembers the language picked with the switcher.</summary>
    public const string CookieName = "switchboard.culture";
    public const string Default = UserLanguages.Default;

    public static readonly IReadOnlyList<Language> All =
        [new("en", "English"), new("ko", "한국어"), new("ja", "日本語"), new("de", "Deutsch")];

    public static bool IsSupported(string? code) => All.Any(language => language.Code == code);
}
