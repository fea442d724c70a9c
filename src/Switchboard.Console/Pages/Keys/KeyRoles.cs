using Switchboard.Application.Keys;
using Switchboard.Web.Localization;

namespace Switchboard.Web.Pages.Keys;

/// <summary>A key's role as people read it: the people roles' words, and the intake role's own.</summary>
public static class KeyRoles
{
    /// <summary>The text key for a role, and whether it is in the Keys page's texts (else in the console's).</summary>
    public static (string Key, bool KeysText) TextKeyFor(string role) =>
        role == ApiKeys.Intake ? ("KeyRoleIntake", true) : (RoleTexts.KeyFor(role), false);
}
