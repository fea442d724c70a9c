using System.Globalization;
using System.Text;

namespace Switchboard.Storage;

/// <summary>
/// The opaque paging cursor of <see cref="LeadQuery.Cursor"/> and <see cref="ISwitchboardStore.ListMembersAsync"/>:
/// base64url of the seq value (leads.seq, memberships.seq) of the last item on the previous page. Lead pages run
/// newest first (the next page has smaller seq values), member pages oldest first (larger ones).
/// </summary>
internal static class SeqCursor
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
        throw new ArgumentException($"'{cursor}' is not a valid cursor", nameof(cursor));
    }
}
