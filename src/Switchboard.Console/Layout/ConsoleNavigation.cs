using Switchboard.Application.People;
using System.Security.Claims;
using MudBlazor;

namespace Switchboard.Web.Layout;

/// <summary>An entry of the console's menu: where it goes and the text key of its label.</summary>
public sealed record NavItem(string Href, string TextKey, string Icon);

/// <summary>The roles a person or key has, named as the API keys name them (admin, manager, rep).</summary>
public static class ConsoleRoles
{
    public const string Admin = UserRoles.Admin;
    public const string Manager = UserRoles.Manager;
    public const string Rep = UserRoles.Rep;
    /// <summary>For <c>[Authorize(Roles = …)]</c>: admins and managers.</summary>
    public const string Managers = Admin + "," + Manager;
}

/// <summary>
/// Which pages the menu offers to whom: managers and admins run the routing, a rep sees its own work. Only pages that
/// exist are offered (a test checks every entry against the console's routes).
/// </summary>
public static class ConsoleNavigation
{
    public static IReadOnlyList<NavItem> For(ClaimsPrincipal user)
    {
        var items = new List<NavItem>();
        if (user.IsInRole(ConsoleRoles.Admin) || user.IsInRole(ConsoleRoles.Manager))
        {
            items.Add(new("/", "NavHome", Icons.Material.Filled.Home));
            items.Add(new("/leads", "NavLeads", Icons.Material.Filled.ContactPage));
            items.Add(new("/queues", "NavQueues", Icons.Material.Filled.Inbox));
        }
        if (user.IsInRole(ConsoleRoles.Admin)) items.Add(new("/users", "NavUsers", Icons.Material.Filled.People));
        if (user.IsInRole(ConsoleRoles.Admin)) items.Add(new("/keys", "NavKeys", Icons.Material.Filled.Key));
        if (user.IsInRole(ConsoleRoles.Rep)) items.Add(new("/", "NavMyWork", Icons.Material.Filled.Work));
        return items;
    }
}
