using Microsoft.Playwright;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task a_stranger_is_sent_to_sign_in_and_then_back_to_the_page_asked_for()
    {
        var page = await browser.NewPageAsync();
        var admin = await Person.InvitedAsync(browser, await browser.NewPageAsync(), "admin");
        await page.GotoAsync("/users");
        Assert.Equal("/signin?returnUrl=%2Fusers", new Uri(page.Url).PathAndQuery);
        await admin.SignInAsync(page);
        await page.ReachesPathAsync("/users");
        Assert.Contains(admin.Email, await page.InnerTextAsync("main"));
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task an_invited_person_sets_a_password_and_lands_signed_in_in_their_language(string language)
    {
        var page = await browser.NewPageAsync(language);
        var manager = await Person.InvitedAsync(browser, page, "manager", language);
        await page.WaitForSelectorAsync("h1");
        Assert.Equal(Text(language, "LandingTitle").Replace("{0}", manager.Name), await page.InnerTextAsync("h1"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "landing", language);
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task a_signed_in_rep_sees_its_rep_by_the_name_the_configuration_gives(string language)
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, page, "rep", language, repId: "sato");
        await page.WaitForSelectorAsync("h1");
        var main = await page.InnerTextAsync("main");
        Assert.Contains("佐藤 花子", main);
        Assert.Contains(Text(language, "NavMyWork"), await page.InnerTextAsync("nav"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "landing-rep", language);
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_users_page_lists_people_with_their_rep_by_name(string language)
    {
        var page = await browser.NewPageAsync(language);
        await Person.InvitedAsync(browser, await browser.NewPageAsync(), "rep", repId: "mueller");
        await Person.InvitedAsync(browser, page, "admin", language);
        await page.GotoAsync("/users");
        await page.WaitForSelectorAsync("td");
        Assert.Contains("Jonas Müller", await page.InnerTextAsync("main"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "users", language);
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
    }

    [ChromiumFact]
    public async Task a_wrong_password_is_refused_in_the_persons_language()
    {
        var manager = await Person.InvitedAsync(browser, await browser.NewPageAsync(), "manager");
        var page = await browser.NewPageAsync("ko");
        await manager.SignInAsync(page, "not the password at all");
        await page.ReachesPathAsync("/signin");
        Assert.Equal(Text("ko", "ErrorInvalid"), await page.InnerTextAsync("[role=alert]"));
        Assert.Equal("invalid", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["error"]);
    }

    [ChromiumFact]
    public async Task a_rep_opening_an_admin_page_gets_a_403_page_that_shows_nothing_of_it()
    {
        var admin = await Person.InvitedAsync(browser, await browser.NewPageAsync(), "admin");
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "rep", repId: "kim");
        var response = await page.GotoAsync("/users");
        Assert.Equal(403, response!.Status);
        Assert.Equal(Text("en", "ForbiddenTitle"), await page.InnerTextAsync("h1"));
        Assert.DoesNotContain(admin.Email, await page.ContentAsync());
        await ConsoleBrowser.SaveScreenshotAsync(page, "forbidden", "en");
        Assert.Empty(await ConsoleBrowser.SeriousAccessibilityViolationsAsync(page));
    }

    [ChromiumFact]
    public async Task a_language_picked_while_signed_in_becomes_the_persons_setting()
    {
        var page = await browser.NewPageAsync();
        var manager = await Person.InvitedAsync(browser, page, "manager");
        await page.ClickAsync("button[lang=ja]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'ja'");
        var elsewhere = await browser.NewPageAsync("de");
        await manager.SignInAsync(elsewhere);
        await elsewhere.ReachesPathAsync("/");
        Assert.Equal("ja", await elsewhere.GetAttributeAsync("html", "lang"));
    }

    [ChromiumFact]
    public async Task signing_out_ends_the_session()
    {
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "manager");
        await page.GetByRole(AriaRole.Button, new() { Name = Text("en", "SignOut") }).ClickAsync();
        await page.ReachesPathAsync("/signin");
        await page.GotoAsync("/");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
    }

    [ChromiumFact]
    public async Task on_a_phone_the_menu_folds_away_and_nothing_scrolls_sideways()
    {
        var page = await browser.NewPageAsync("ko", width: 390, height: 844);
        await Person.InvitedAsync(browser, page, "admin", "ko");
        await page.WaitForSelectorAsync("h1");
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = Text("ko", "NavUsers") }).IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.SaveScreenshotAsync(page, "landing-phone", "ko");
        await page.GetByLabel(Text("ko", "OpenMenu")).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = Text("ko", "NavUsers") }).WaitForAsync();
    }
}
