using NodaTime;

namespace Switchboard.Storage;

public partial interface ISwitchboardStore
{
    /// <summary>
    /// The custom field names (keys under "fields") of the newest <paramref name="leads"/> leads, and how many leads
    /// were read: a bounded read of the newest rows by <c>seq</c>, whatever the table's size.
    /// </summary>
    Task<CustomFieldNames> GetCustomFieldNamesAsync(int leads, CancellationToken ct = default);

    /// <summary>
    /// Per pool, the leads whose latest assignment (<c>assigned_at</c>) is at or after <paramref name="since"/> and came
    /// from that pool's strategy (<c>routed_pool_id</c>), and how many of them were touched since: a range of the
    /// partial index on <c>assigned_at</c>.
    /// </summary>
    Task<IReadOnlyList<PoolAssignments>> CountPoolAssignmentsAsync(Instant since, CancellationToken ct = default);
}

/// <summary>Custom field names seen in the newest leads, and how many leads they were read from.</summary>
public sealed record CustomFieldNames(IReadOnlySet<string> Names, int LeadsRead);

/// <summary>A pool's assignments in a period: leads assigned by it, and how many of those have a first touch.</summary>
public sealed record PoolAssignments(string PoolId, int Assigned, int Touched);
