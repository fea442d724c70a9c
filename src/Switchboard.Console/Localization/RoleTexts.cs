using Switchboard.Web.Layout;

namespace Switchboard.Web.Localization;

/// <summary>A role as people read it (Administrator, 매니저, 営業担当者…): the text key for each role name (another role shows as it is named).</summary>
public static class RoleTexts
{
    public static string KeyFor(string? role) => role switch
    {
        ConsoleRoles.Admin => "RoleAdmin",
        ConsoleRoles.Manager => "RoleManager",
        ConsoleRoles.Rep => "RoleRep",
        _ => role ?? "",
    };
}
