using Switchboard.Application.People;

namespace Switchboard.Application.Keys;

/// <summary>API key material: keys are random, shown once, and stored only as SHA-256 hashes.</summary>
public static class ApiKeys
{
    public const string Admin = UserRoles.Admin;
    public const string Manager = UserRoles.Manager;
    public const string Rep = UserRoles.Rep;
    public const string Intake = "intake";
    public static readonly string[] Roles = [Admin, Manager, Rep, Intake];

    public static string Generate() => "sb_" + SecretTokens.New(24);

    public static string Hash(string key) => SecretTokens.Hash(key);
}
