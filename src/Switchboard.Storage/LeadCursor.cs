using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Storage;

/// <summary>
/// The opaque paging cursor of <see cref="LeadQuery.Cursor"/>: base64url of the sort, a fingerprint of the filter, and
/// the sort key of the last lead on the previous page (score for the score sort, created_at and seq always). A cursor
/// only continues the list it came from: another sort or filter refuses it, so a page never silently skips or repeats.
/// </summary>
internal readonly record struct LeadCursor(int Score, long CreatedAt, long Seq)
{
    public static string Encode(LeadQuery query, int score, long createdAt, long seq)
    {
        var text = string.Join('.', SortCode(query.Sort), Fingerprint(query),
            score.ToString(CultureInfo.InvariantCulture), createdAt.ToString(CultureInfo.InvariantCulture), seq.ToString(CultureInfo.InvariantCulture));
        return Base64Url.Encode(text);
    }

    /// <exception cref="ArgumentException">Not a cursor of this store, or one of another sort or filter.</exception>
    public static LeadCursor Decode(LeadQuery query, string cursor)
    {
        var parts = Base64Url.Decode(cursor)?.Split('.');
        if (parts is [var sort, var fingerprint, var score, var createdAt, var seq]
            && sort == SortCode(query.Sort) && fingerprint == Fingerprint(query)
            && int.TryParse(score, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
            && long.TryParse(createdAt, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c)
            && long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var q))
            return new LeadCursor(s, c, q);
        throw new ArgumentException($"'{cursor}' is not a cursor of this list (its sort and filter)", nameof(cursor));
    }

    private static string SortCode(LeadSort sort) => sort switch
    {
        LeadSort.CreatedAscending => "a",
        LeadSort.Score => "s",
        _ => "c",
    };

    /// <summary>16 hex digits of SHA-256 over every filter value (not the sort, cursor or limit).</summary>
    private static string Fingerprint(LeadQuery query)
    {
        string?[] values =
        [
            query.Owner, query.Status, query.Stage, query.PoolId, query.MinScore?.ToString(CultureInfo.InvariantCulture), query.Grade,
            query.Q, query.Source, query.CreatedFrom?.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture),
            query.CreatedTo?.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture),
        ];
        var text = string.Join('\u001f', values.Select(value => value is null ? "\u0000" : value));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
