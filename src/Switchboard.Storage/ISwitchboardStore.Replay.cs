using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

// What a replay reads besides the leads of its period (ListLeadsAsync, oldest first): none of it takes the routing lock.
public partial interface ISwitchboardStore
{
    /// <summary>How many leads were created in [<paramref name="from"/>, <paramref name="to"/>), of <paramref name="source"/> when given.</summary>
    Task<int> CountLeadsCreatedAsync(Instant from, Instant to, string? source, CancellationToken ct = default);

    /// <summary>The decisions of these leads, per lead oldest first (a lead without decisions is left out).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Decision>>> GetDecisionsOfLeadsAsync(IReadOnlyCollection<string> leadIds, CancellationToken ct = default);

    /// <summary>
    /// The rep loads history tells as of <paramref name="before"/>: per owner, its leads assigned before then that are
    /// still open now; and the assignments made in [<paramref name="since"/>, <paramref name="before"/>) to the owners
    /// those leads have now (a lead's latest assignment only: leads keep no older ones).
    /// </summary>
    Task<AssignmentHistory> GetAssignmentHistoryAsync(Instant before, Instant since, CancellationToken ct = default);
}

/// <summary>Open leads per owner, and recent assignments as (owner, assigned at in Unix ticks).</summary>
public sealed record AssignmentHistory(IReadOnlyDictionary<string, int> OpenByOwner, IReadOnlyList<(string OwnerId, long AssignedAt)> Recent);
