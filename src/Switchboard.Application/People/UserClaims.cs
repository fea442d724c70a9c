namespace Switchboard.Application.People;

/// <summary>
/// What a signed-in person's session carries beside its name and role (and its rep, <see cref="Routing.Caller.RepClaim"/>):
/// named once for the host that writes them and the console that reads them.
/// </summary>
public static class UserClaims
{
    public const string User = "switchboard:user";
    public const string Language = "switchboard:language";
    public const string TimeZone = "switchboard:timezone";
}
