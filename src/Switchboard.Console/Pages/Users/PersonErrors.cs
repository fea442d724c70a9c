using Switchboard.Application.People;

namespace Switchboard.Web.Pages.Users;

/// <summary>
/// The problems <see cref="UserService"/> names by field path, as the text keys the Users page shows at each field (the
/// service's own messages are English).
/// </summary>
public static class PersonErrors
{
    private static readonly Dictionary<string, string> ByField = new(StringComparer.Ordinal)
    {
        ["email"] = "PersonEmailInvalid",
        ["name"] = "PersonNameInvalid",
        ["role"] = "PersonRoleInvalid",
        ["repId"] = "PersonRepNeeded",
        ["language"] = "PersonLanguageInvalid",
        ["timeZone"] = "PersonZoneUnknown",
    };

    /// <summary>Field path → text key: empty for a change that was saved; the role field when the last admin would lose its role.</summary>
    public static IReadOnlyDictionary<string, string> TextKeys(UserChange change) => change.Outcome switch
    {
        UserOutcome.EmailTaken => new Dictionary<string, string> { ["email"] = "PersonEmailTaken" },
        UserOutcome.LastAdmin => new Dictionary<string, string> { ["role"] = "LastAdminRefused" },
        _ => (change.Errors ?? []).Select(error => error.Path.TrimStart('.')).Distinct()
            .ToDictionary(path => path, path => ByField.GetValueOrDefault(path, "PersonRoleInvalid")),
    };
}
