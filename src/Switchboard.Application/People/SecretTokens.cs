using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Application.People;

/// <summary>Secrets handed out once (API keys, one-time links): random, and stored only as SHA-256 hashes.</summary>
public static class SecretTokens
{
    public static string New(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
