using Switchboard.Web.Layout;

namespace Switchboard.Web.Tests;

public sealed class NavigationTests : ComponentTest
{
    [Fact]
    public void an_admin_is_offered_leads_queues_users_and_api_keys_beside_home()
    {
        Assert.Equal(["/", "/leads", "/queues", "/users", "/keys"], MenuFor(ConsoleRoles.Admin));
    }

    [Fact]
    public void a_manager_is_offered_home_leads_and_queues_but_not_users()
    {
        Assert.Equal(["/", "/leads", "/queues"], MenuFor(ConsoleRoles.Manager));
    }

    [Theory]
    [InlineData(ConsoleRoles.Admin)]
    [InlineData(ConsoleRoles.Manager)]
    [InlineData(ConsoleRoles.Rep)]
    public void every_menu_entry_opens_a_page_the_console_has(string role)
    {
        var routes = typeof(ConsoleNavigation).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false))
            .Select(route => ((Microsoft.AspNetCore.Components.RouteAttribute)route).Template).ToHashSet();

        Assert.All(MenuFor(role), href => Assert.Contains(href, routes));
    }

    [Fact]
    public void a_rep_is_offered_its_own_work_only()
    {
        Assert.Equal(["/"], MenuFor(ConsoleRoles.Rep));
        Assert.Contains("My work", Render<NavMenu>().Markup);
    }

    private string[] MenuFor(string role)
    {
        AddAuthorization().SetAuthorized("someone@example.com").SetRoles(role);
        return [.. Render<NavMenu>().FindAll("a").Select(link => new Uri(link.GetAttribute("href")!, UriKind.RelativeOrAbsolute) switch
        {
            { IsAbsoluteUri: true } absolute => absolute.AbsolutePath,
            var relative => relative.OriginalString,
        })];
    }
}
