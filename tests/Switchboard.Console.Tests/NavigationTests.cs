using Switchboard.Web.Layout;

namespace Switchboard.Web.Tests;

public sealed class NavigationTests : ComponentTest
{
    [Fact]
    public void an_admin_is_offered_users_and_keys_beside_the_routing_pages()
    {
        Assert.Equal(["/", "/leads", "/queues", "/users", "/keys"], MenuFor(ConsoleRoles.Admin));
    }

    [Fact]
    public void a_manager_is_offered_the_routing_pages_but_not_users_or_keys()
    {
        Assert.Equal(["/", "/leads", "/queues"], MenuFor(ConsoleRoles.Manager));
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
