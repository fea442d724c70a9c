using System.Globalization;

namespace Switchboard.Storage;

/// <summary>
/// The opaque paging cursor of <see cref="ISwitchboardStore.ListMembersAsync"/> and the lifecycle lists: base64url of
/// the seq value of the last item on the previous page. (Lead lists page with <see cref="LeadCursor"/>.)
/// </summary>
internal static class SeqCursor
{
    public static string Encode(long seq) => Base64Url.Encode(seq.ToString(CultureInfo.InvariantCulture));

    /// <exception cref="ArgumentException">The cursor was not produced by <see cref="Encode"/>.</exception>
    public static long Decode(string cursor)
    {
        if (long.TryParse(Base64Url.Decode(cursor), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && seq > 0) return seq;
        throw new ArgumentException($"'{cursor}' is not a valid cursor", nameof(cursor));
    }
}
