using System.Globalization;
using System.Text;

namespace Switchboard.Storage;

/// <summary>
/// The opaque paging cursor of <see cref="LeadQuery.Cursor"/>: base64url of the leads.seq value of the last
/// lead on the previous page (pages run newest first, so the next page is everything with a smaller seq).
/// </summary>
internal static class LeadCursor
{
    public static string Encode(long seq) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(seq.ToString(CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <exception cref="ArgumentException">The cursor was not produced by <see cref="Encode"/>.</exception>
    public static long Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64));
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && seq > 0) return seq;
        }
        catch (FormatException) { }
        throw new ArgumentException($"'{cursor}' is not a valid lead cursor", nameof(cursor));
    }
}
