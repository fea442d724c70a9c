using Switchboard.Engine.Intake;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Routing;

/// <summary>
/// What the commands of one group commit will read, declared before any of them runs (see
/// <see cref="RoutingCommand.Declare"/>): <see cref="RoutingGroup.ReadAsync"/> then reads each kind for the whole group in
/// one query, and the commands run on what was read, without a round trip of their own.
/// </summary>
public sealed class RoutingReads
{
    internal HashSet<string> LeadIds { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> IdempotencyKeys { get; } = new(StringComparer.Ordinal);
    internal HashSet<ContactMatch> Duplicates { get; } = [];
    internal HashSet<string> DealIds { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> EventsOf { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> QueuedPools { get; } = new(StringComparer.Ordinal);
    internal List<LeasedTimer> Timers { get; } = [];

    /// <summary>A stored lead by id.</summary>
    public void Lead(string id) => LeadIds.Add(id);

    /// <summary>The leads a request with this idempotency key created or was merged into.</summary>
    public void IdempotencyKey(string key) => IdempotencyKeys.Add(key);

    /// <summary>The open leads these keys match.</summary>
    public void DuplicatesOf(ContactMatch keys)
    {
        if (!keys.IsEmpty) Duplicates.Add(keys);
    }

    /// <summary>A deal by id, and its lead.</summary>
    public void Deal(string id) => DealIds.Add(id);

    /// <summary>A lead and all its events (the scoring model scores them).</summary>
    public void Events(string leadId)
    {
        LeadIds.Add(leadId);
        EventsOf.Add(leadId);
    }

    /// <summary>A lead, with all its events when the scoring model scores them (see <see cref="RoutingGroup.ScoredEvents"/>).</summary>
    public void LeadForScoring(string leadId, CompiledConfig config)
    {
        if (config.Scoring is { ScoresEvents: true }) Events(leadId);
        else Lead(leadId);
    }

    /// <summary>The oldest queued leads of a pool.</summary>
    public void Queue(string poolId) => QueuedPools.Add(poolId);

    /// <summary>A leased timer to fire (completed, i.e. deleted, when the group reads) and its lead.</summary>
    public void Timer(LeasedTimer timer)
    {
        Timers.Add(timer);
        if (timer.Timer.LeadId is { } leadId) LeadIds.Add(leadId);
    }
}

/// <summary>A due timer and the worker whose lease on it lets this process fire it.</summary>
public readonly record struct LeasedTimer(DueTimer Timer, string Owner);
