using System.Text;
using Switchboard.Engine.Validation;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// The note of a configuration change: the <c>X-Change-Note</c> header, or else the <c>note</c> query parameter.
/// Header values are ASCII, so the header carries other text as percent-encoded UTF-8 (what encodeURIComponent
/// writes: <c>%ED%95%9C%EA%B8%80</c> for 한글); a note without <c>%</c> is taken as it is, and a literal <c>%</c> is
/// written <c>%25</c>. The note, decoded, is one line of at most <see cref="MaxLength"/> characters within the text rules.
/// </summary>
public static class ChangeNote
{
    public const string Header = "X-Change-Note";
    public const string Parameter = "note";
    public const int MaxLength = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The note of this request (null when it has none), or the error naming where it came from.</summary>
    public static (string? Note, ValidationError? Problem) Read(HttpRequest request)
    {
        var (path, raw) = request.Headers.TryGetValue(Header, out var header)
            ? (Header, Decode(header.ToString()))
            : (Parameter, request.Query[Parameter].FirstOrDefault());
        if (raw is null && path == Header)
            return (null, new ValidationError(Header,
                "is not percent-encoded UTF-8: send ASCII as it is and other text as UTF-8 bytes written %XX (a literal % as %25)"));
        var note = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        if (note is null) return (null, null);
        if (TextRules.Problem(note, MaxLength) is { } problem) return (null, new ValidationError(path, problem));
        if (note.Any(char.IsControl)) return (null, new ValidationError(path, "is one line of text without control characters"));
        return (note, null);
    }

    /// <summary>The text a header value encodes, or null when it is not ASCII or not well-formed percent-encoded UTF-8.</summary>
    private static string? Decode(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > '\u007f') return null;
            if (value[i] != '%')
            {
                bytes.Add((byte)value[i]);
                continue;
            }
            if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])) return null;
            bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
            i += 2;
        }
        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
