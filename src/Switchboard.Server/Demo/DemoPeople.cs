using Switchboard.Application.People;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Demo;

/// <summary>
/// People for the demo organisation, so a newcomer can sign in and look around: a user for each demo rep (role rep,
/// bound to the rep, in the rep's language and zone) and the manager 이도윤 (lee@example.kr), all with one known password.
/// </summary>
public static class DemoPeople
{
    public const string Password = "switchboard-demo";
    private const string ManagerId = "lee";

    public static IEnumerable<UserDraft> From(RoutingConfig demo)
    {
        foreach (var rep in demo.Reps.Where(r => r.Role == UserRoles.Rep && r.Email is not null))
            yield return new UserDraft(rep.Email, rep.Name, UserRoles.Rep, rep.Id, LanguageOf(rep), rep.TimeZone);
        var manager = demo.Reps.Single(r => r.Id == ManagerId);
        yield return new UserDraft(manager.Email, manager.Name, UserRoles.Manager, null, LanguageOf(manager), manager.TimeZone);
    }

    /// <summary>The first language the rep speaks (its "language" skill) that the console speaks too.</summary>
    private static string LanguageOf(Rep rep) =>
        rep.Skills?.GetValueOrDefault("language")?.FirstOrDefault(UserLanguages.All.Contains)
        ?? rep.TimeZone switch { "Asia/Seoul" => "ko", "Asia/Tokyo" => "ja", "Europe/Berlin" => "de", _ => UserLanguages.Default };
}
