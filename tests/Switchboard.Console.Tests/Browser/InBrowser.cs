using Switchboard.Web.Localization;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// What every browser test class reads: the console's languages (for <c>[MemberData(nameof(EveryLanguage))]</c>, which
/// xunit finds on the base class) and the console's texts by key in a language.
/// </summary>
public abstract class InBrowser
{
    public static TheoryData<string> EveryLanguage() => new(Languages.All.Select(language => language.Code));

    /// <summary>The text <paramref name="key"/> of any of the console's text files, as <paramref name="language"/> reads it.</summary>
    protected static string Text(string language, string key) => TextsTests.Entries(language)[key];
}
