using System.Text;

namespace Switchboard.Storage;

/// <summary>ASCII text as unpadded base64url, the form of the stores' opaque paging cursors.</summary>
internal static class Base64Url
{
    public static string Encode(string text) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The text, or null when <paramref name="value"/> is not base64url.</summary>
    public static string? Decode(string value)
    {
        try
        {
            var base64 = value.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            return Encoding.ASCII.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
