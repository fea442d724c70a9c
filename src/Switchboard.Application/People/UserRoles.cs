namespace Switchboard.Application.People;

/// <summary>The roles a person may have: the API-key roles admin, manager and rep (intake is for keys only).</summary>
public static class UserRoles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Rep = "rep";
    public static readonly string[] All = [Admin, Manager, Rep];
}

/// <summary>The languages the console speaks.</summary>
public static class UserLanguages
{
    public const string Default = "en";
    public static readonly string[] All = [Default, "ko", "ja", "de"];
}
