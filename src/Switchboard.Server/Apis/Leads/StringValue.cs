using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// Questions about a JSON string value answered from its raw UTF-8 when it came from a parsed body and has no
/// escapes, so checking a lead does not make a .NET string of every field; otherwise from the string itself.
/// </summary>
internal static class StringValue
{
    /// <summary>Its length in UTF-16 code units, as <see cref="string.Length"/> counts.</summary>
    public static int Length(JsonValue value) =>
        TryRaw(value, out var raw) ? Encoding.UTF8.GetCharCount(raw) : value.GetValue<string>().Length;

    /// <summary>Whether it contains <paramref name="ascii"/>.</summary>
    public static bool Contains(JsonValue value, char ascii) =>
        TryRaw(value, out var raw) ? raw.IndexOf((byte)ascii) >= 0 : value.GetValue<string>().Contains(ascii);

    /// <summary>Whether it has a character that is not white space (<see cref="string.IsNullOrWhiteSpace"/>).</summary>
    public static bool HasText(JsonValue value)
    {
        if (!TryRaw(value, out var raw)) return !string.IsNullOrWhiteSpace(value.GetValue<string>());
        var anyNonAscii = false;
        foreach (var b in raw)
        {
            if (b is > 0x20 and < 0x7F) return true; // printable ASCII is never white space
            anyNonAscii |= b >= 0x80;
        }
        // only ASCII white space and perhaps other characters, some of which are white space (U+3000): ask the string
        return anyNonAscii && !string.IsNullOrWhiteSpace(value.GetValue<string>());
    }

    /// <summary>The bytes between the quotes of a parsed string without escapes.</summary>
    private static bool TryRaw(JsonValue value, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (!value.TryGetValue<JsonElement>(out var element) || element.ValueKind != JsonValueKind.String) return false;
        var quoted = JsonMarshal.GetRawUtf8Value(element);
        if (quoted.Length < 2 || quoted.IndexOf((byte)'\\') >= 0) return false;
        raw = quoted[1..^1];
        return true;
    }
}
