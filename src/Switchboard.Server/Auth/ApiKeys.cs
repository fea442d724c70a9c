using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Server.Auth;

/// <summary>API key material: keys are random, shown once, and stored only as SHA-256 hashes.</summary>
public static class ApiKeys
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Rep = "rep";
    public const string Intake = "intake";
    public static readonly string[] Roles = [Admin, Manager, Rep, Intake];

    public static string Generate() => "sb_" + Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
