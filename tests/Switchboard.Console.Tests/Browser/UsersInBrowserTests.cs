using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using static Switchboard.Web.Tests.Browser.AdminPages;

namespace Switchboard.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class UsersInBrowserTests(ConsoleBrowser browser) : InBrowser
{
    [ChromiumFact]
    public async Task an_admin_invites_a_person_who_sets_a_password_from_the_link_shown_and_signs_in()
    {
        var page = await OpenAsAdminAsync(browser, "/users", ready: ".invite-person:not([disabled])");
        var email = $"invited-{Guid.NewGuid():N}@example.com";
        await page.ClickAsync(".invite-person");
        await page.FillAsync(".person-email input", email);
        await page.FillAsync(".person-name input", "Invited Person");
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("en", "RoleManager") }).CheckAsync();
        await Button(page, Text("en", "Invite")).ClickAsync();
        var link = await page.InputValueAsync(".invitation-link input");

        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(new Uri(link).PathAndQuery);
        await invited.FillAsync("#password", Person.Password);
        await invited.FillAsync("#confirm", Person.Password);
        await invited.ClickAsync(".account-form button[type=submit]");
        await invited.ReachesPathAsync("/");
        var elsewhere = await browser.NewPageAsync();
        await new Person(email, "Invited Person", "en").SignInAsync(elsewhere);
        await elsewhere.ReachesPathAsync("/");
        Assert.Equal(Text("en", "LandingTitle").Replace("{0}", "Invited Person"), await elsewhere.InnerTextAsync("h1"));
    }

    [ChromiumFact]
    public async Task a_duplicate_email_is_shown_at_the_email_field()
    {
        var page = await OpenAsAdminAsync(browser, "/users", ready: ".invite-person:not([disabled])");
        var existing = await page.InnerTextAsync(".people-table tbody tr td:nth-child(2)");
        await page.ClickAsync(".invite-person");
        await page.FillAsync(".person-email input", existing);
        await page.FillAsync(".person-name input", "Second Person");
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("en", "RoleManager") }).CheckAsync();
        await Button(page, Text("en", "Invite")).ClickAsync();
        await Assertions.Expect(page.Locator(".person-email")).ToContainTextAsync(Text("en", "PersonEmailTaken"));
    }

    [ChromiumFact]
    public async Task changing_a_persons_role_on_the_page_shows_in_the_api()
    {
        var (id, name) = await PersonAsync(browser, "rep", "tanaka");
        var page = await OpenAsAdminAsync(browser, "/users", ready: ".invite-person:not([disabled])");
        await page.GetByLabel(Text("en", "ChangePerson").Replace("{0}", name)).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("en", "RoleManager") }).CheckAsync();
        await Button(page, Text("en", "Save")).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        var user = await UserAsync(browser, id);
        Assert.Equal(("manager", JsonValueKind.Null), (user.GetProperty("role").GetString(), user.GetProperty("repId").ValueKind));
    }

    [ChromiumFact]
    public async Task a_rep_role_without_a_rep_is_shown_at_the_rep_field_and_nothing_changes()
    {
        var (id, name) = await PersonAsync(browser, "manager");
        var page = await OpenAsAdminAsync(browser, "/users", ready: ".invite-person:not([disabled])");
        await page.GetByLabel(Text("en", "ChangePerson").Replace("{0}", name)).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("en", "RoleRep") }).CheckAsync();
        await Button(page, Text("en", "Save")).ClickAsync();

        await Assertions.Expect(page.Locator(".person-rep")).ToContainTextAsync(Text("en", "PersonRepNeeded"));
        Assert.Equal("manager", (await UserAsync(browser, id)).GetProperty("role").GetString());
    }

    [ChromiumFact]
    public async Task an_admin_removes_a_person_after_confirming()
    {
        var (id, name) = await PersonAsync(browser, "manager");
        var page = await OpenAsAdminAsync(browser, "/users", ready: ".invite-person:not([disabled])");
        await page.GetByLabel(Text("en", "RemovePerson").Replace("{0}", name)).ClickAsync();
        await Button(page, Text("en", "Remove")).ClickAsync();

        await Assertions.Expect(page.Locator(".people-table")).Not.ToContainTextAsync(name);
        using var api = browser.Server.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/users/{id}")).StatusCode);
    }

    [ChromiumFact]
    public async Task a_person_switches_its_own_language_to_japanese_and_the_next_page_is_japanese()
    {
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, "rep", repId: "suzuki");
        await page.WaitForSelectorAsync(".workspace[data-live=on]"); // the landing page is interactive before the rep moves on
        await page.GetByLabel(Text("en", "MySettings")).ClickAsync();
        await page.WaitForSelectorAsync(".my-settings button:not([disabled])");
        await page.GetByRole(AriaRole.Radio, new() { Name = "日本語" }).CheckAsync();
        await page.ClickAsync(".my-settings button[type=submit]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'ja'");
        await Assertions.Expect(page.Locator("[role=alert], .mud-alert")).ToContainTextAsync(Text("ja", "SettingsSaved"));

        await page.GotoAsync("/");
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains(Text("ja", "NavMyWork"), await page.InnerTextAsync("nav"));
    }

    [ChromiumTheory]
    [InlineData("manager", null)]
    [InlineData("rep", "kim")]
    public async Task a_manager_or_a_rep_gets_the_403_page_on_users_with_nothing_of_it(string role, string? repId)
    {
        var (_, name) = await PersonAsync(browser, "manager");
        var page = await browser.NewPageAsync();
        await Person.InvitedAsync(browser, page, role, repId: repId);
        var response = await page.GotoAsync("/users");
        Assert.Equal(403, response!.Status);
        Assert.Equal(Text("en", "ForbiddenTitle"), await page.InnerTextAsync("h1"));
        Assert.DoesNotContain(name, await page.ContentAsync());
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_users_page_and_its_dialogs_speak_the_language_and_are_accessible(string language)
    {
        await PersonAsync(browser, "rep", "mueller");
        var page = await OpenAsAdminAsync(browser, "/users", language, ".invite-person:not([disabled])");
        await CheckAsync(page, "users", language);

        await page.ClickAsync(".invite-person");
        await page.WaitForSelectorAsync(".person-email input");
        await CheckAsync(page, "users-invite", language);
        await Button(page, Text(language, "Invite")).ClickAsync();
        await page.WaitForSelectorAsync(".person-email .mud-input-error");
        await CheckAsync(page, "users-invite-errors", language);
    }

    [ChromiumTheory]
    [MemberData(nameof(EveryLanguage))]
    public async Task the_invitation_link_and_my_settings_speak_the_language_and_are_accessible(string language)
    {
        var (_, name) = await PersonAsync(browser, "manager");
        var page = await OpenAsAdminAsync(browser, "/users", language, ".invite-person:not([disabled])");
        await page.GetByLabel(Text(language, "NewLinkFor").Replace("{0}", name)).ClickAsync();
        await page.WaitForSelectorAsync(".invitation-link input");
        Assert.Contains("/password?token=", await page.InputValueAsync(".invitation-link input"));
        await CheckAsync(page, "users-link", language);

        await page.GotoAsync("/settings");
        await page.WaitForSelectorAsync(".my-settings button:not([disabled])");
        await CheckAsync(page, "my-settings", language);
    }
}
