using System.Collections;
using System.Globalization;
using System.Resources;
using Switchboard.Web.Localization;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

public sealed class TextsTests
{
    private static readonly ResourceManager Texts = new(typeof(ConsoleText));

    public static TheoryData<string> Translations() => new(Languages.All.Select(l => l.Code).Where(code => code != Languages.Default));

    [Theory]
    [MemberData(nameof(Translations))]
    public void every_english_text_has_a_translation_that_is_not_empty(string language)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(language));
        var missing = Entries(CultureInfo.InvariantCulture).Keys
            .Where(key => !translated.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void a_translation_has_no_text_that_english_lacks(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var extra = Entries(CultureInfo.GetCultureInfo(language)).Keys.Where(key => !english.ContainsKey(key)).ToList();
        Assert.True(extra.Count == 0, $"{language} has texts English lacks: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void a_translation_keeps_the_placeholders_of_its_english_text(string language)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(language));
        foreach (var (key, english) in Entries(CultureInfo.InvariantCulture))
            Assert.True(Placeholders(english).SetEquals(Placeholders(translated.GetValueOrDefault(key) ?? "")), $"{language} {key}");
    }

    /// <summary>The texts of one language (English is the neutral resource file).</summary>
    internal static Dictionary<string, string> Entries(string language) =>
        Entries(language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

    /// <summary>The texts of one resource file alone (no fallback to English).</summary>
    internal static Dictionary<string, string> Entries(CultureInfo culture) =>
        (Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"no texts for {culture}"))
        .Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(match => match.Value)];
}
