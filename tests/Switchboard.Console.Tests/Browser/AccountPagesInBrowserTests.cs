using System.Globalization;
using Switchboard.Web.Localization;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccountPagesInBrowserTests(ConsoleBrowser browser)
{
    /// <summary>The account pages by name (for the screenshot) and address.</summary>
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["signin"] = "/signin?error=invalid",
        ["forgot"] = "/forgot",
        ["password"] = "/password?token=invitation-token&error=mismatch",
        ["setup"] = "/setup?token=setup-token",
    };

    public static TheoryData<string, string> PagesInEveryLanguage() => Combinations(Languages.All.Select(language => language.Code));

    public static TheoryData<string, string> PagesInEveryTranslation() =>
        Combinations(Languages.All.Select(language => language.Code).Where(code => code != Languages.Default));

    private static TheoryData<string, string> Combinations(IEnumerable<string> languages)
    {
        var data = new TheoryData<string, string>();
        foreach (var language in languages)
            foreach (var page in Pages.Keys) data.Add(page, language);
        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(PagesInEveryTranslation))]
    public async Task an_account_page_shows_no_english_text_that_has_a_translation(string name, string language)
    {
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync(Pages[name]);
        var untranslated = await ConsoleBrowser.UntranslatedEnglishAsync(page, language);
        Assert.True(untranslated.Count == 0, $"{name} in {language} shows English: {string.Join(" | ", untranslated)}");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
    }

    [ChromiumTheory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task an_account_page_has_no_serious_accessibility_violation(string name, string language)
    {
        var page = await browser.NewPageAsync(language);
        await page.GotoAsync(Pages[name]);
        await ConsoleBrowser.SaveScreenshotAsync(page, name, language);
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
    }

    [ChromiumFact]
    public async Task switching_the_language_on_a_page_shows_it_in_that_language()
    {
        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/signin");
        await page.ClickAsync("button[lang=ko]");
        // Back on the same address: only the page's own language tells the new page from the old.
        await page.WaitForFunctionAsync("document.documentElement.lang === 'ko'");
        await page.ReachesPathAsync("/signin");
        Assert.Equal("로그인", await page.InnerTextAsync("h1"));
        await page.ReloadAsync();
        Assert.Equal("로그인", await page.InnerTextAsync("h1"));
    }

    [ChromiumFact]
    public async Task the_sign_in_form_labels_its_fields()
    {
        var page = await browser.NewPageAsync("de");
        await page.GotoAsync("/signin");
        await page.GetByLabel("E-Mail").FillAsync("anna@example.com");
        await page.GetByLabel("Passwort").FillAsync("secret");
        Assert.Equal("anna@example.com", await page.InputValueAsync("#email"));
        Assert.Equal("secret", await page.InputValueAsync("#password"));
    }
}
