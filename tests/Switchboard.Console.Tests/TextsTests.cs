using System.Collections;
using System.Globalization;
using System.Resources;
using Switchboard.Web.Localization;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

/// <summary>
/// Every text file of the console (one class per feature in <c>Switchboard.Web.Resources</c>, a .resx per language
/// beside it) is complete in every language.
/// </summary>
public sealed class TextsTests
{
    /// <summary>The console's text files: every class of the resources namespace.</summary>
    private static readonly IReadOnlyDictionary<string, ResourceManager> Texts = typeof(ConsoleText).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(ConsoleText).Namespace && type.IsClass && !type.IsNested)
        .ToDictionary(type => type.Name, type => new ResourceManager(type));

    public static TheoryData<string, string> Translations()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Texts.Keys)
            foreach (var code in Languages.All.Select(l => l.Code).Where(code => code != Languages.Default)) data.Add(file, code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void every_english_text_has_a_translation_that_is_not_empty(string file, string language)
    {
        var translated = Entries(Texts[file], CultureInfo.GetCultureInfo(language));
        var missing = Entries(Texts[file], CultureInfo.InvariantCulture).Keys
            .Where(key => !translated.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        Assert.True(missing.Count == 0, $"{file} {language} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void a_translation_has_no_text_that_english_lacks(string file, string language)
    {
        var english = Entries(Texts[file], CultureInfo.InvariantCulture);
        var extra = Entries(Texts[file], CultureInfo.GetCultureInfo(language)).Keys.Where(key => !english.ContainsKey(key)).ToList();
        Assert.True(extra.Count == 0, $"{file} {language} has texts English lacks: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void a_translation_keeps_the_placeholders_of_its_english_text(string file, string language)
    {
        var translated = Entries(Texts[file], CultureInfo.GetCultureInfo(language));
        foreach (var (key, english) in Entries(Texts[file], CultureInfo.InvariantCulture))
            Assert.True(Placeholders(english).SetEquals(Placeholders(translated.GetValueOrDefault(key) ?? "")), $"{file} {language} {key}");
    }

    [Fact]
    public void no_text_key_means_two_things_in_two_files()
    {
        var twice = Texts.Values.SelectMany(texts => Entries(texts, CultureInfo.InvariantCulture).Keys)
            .GroupBy(key => key).Where(keys => keys.Count() > 1).Select(keys => keys.Key).ToList();
        Assert.True(twice.Count == 0, $"keys in more than one text file: {string.Join(", ", twice)}");
    }

    /// <summary>The texts of one language from every text file (English is the neutral resource file).</summary>
    internal static Dictionary<string, string> Entries(string language) =>
        Entries(language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

    /// <summary>The texts of one language from every text file, each file alone (no fallback to English).</summary>
    internal static Dictionary<string, string> Entries(CultureInfo culture) =>
        Texts.Values.SelectMany(texts => Entries(texts, culture)).ToDictionary(entry => entry.Key, entry => entry.Value);

    private static Dictionary<string, string> Entries(ResourceManager texts, CultureInfo culture) =>
        (texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"no texts for {culture}"))
        .Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(match => match.Value)];
}
