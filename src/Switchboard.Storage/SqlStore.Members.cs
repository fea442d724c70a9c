using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// List and campaign memberships: changed by routing transactions (AddEffectsAsync), read here.
public abstract partial class SqlStore
{
    /// <summary>
    /// Lead ids of a list or campaign in the order they were added (memberships.seq; a lead removed and added
    /// again moves to the end), pages of <paramref name="limit"/> clamped to 1..500.
    /// </summary>
    /// <exception cref="ArgumentException">The kind is not "list" or "campaign", or the cursor is not one this store produced.</exception>
    public async Task<MemberPage> ListMembersAsync(string kind, string targetId, string? cursor, int limit, CancellationToken ct = default)
    {
        MembershipKinds.Validate(kind);
        var take = Math.Clamp(limit, 1, MaxPageSize);
        var after = string.IsNullOrEmpty(cursor) ? 0 : SeqCursor.Decode(cursor);
        var rows = await QueryAsync<MemberRow>(
            "SELECT seq AS Seq, lead_id AS LeadId FROM memberships " +
            "WHERE kind = @kind AND target_id = @targetId AND seq > @after ORDER BY seq LIMIT @take",
            new { kind, targetId, after, take = take + 1 }, ct);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? SeqCursor.Encode(page[^1].Seq) : null;
        return new MemberPage(page.Select(row => row.LeadId).ToList(), next);
    }
}

/// <summary>The kinds of memberships.kind.</summary>
internal static class MembershipKinds
{
    public const string List = "list";
    public const string Campaign = "campaign";

    /// <exception cref="ArgumentException">Neither "list" nor "campaign".</exception>
    public static void Validate(string kind)
    {
        if (kind is not (List or Campaign))
            throw new ArgumentException($"membership kind must be '{List}' or '{Campaign}', not '{kind}'", nameof(kind));
    }
}
