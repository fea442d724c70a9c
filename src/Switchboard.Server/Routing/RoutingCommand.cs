using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Server.Routing;

/// <summary>
/// A change that needs the routing lock (create, update, assign). Executed by <see cref="RoutingWriter"/>
/// inside a batch; must be re-runnable from scratch, because a failed batch is retried one command at a time.
/// </summary>
public abstract class RoutingCommand
{
    private readonly TaskCompletionSource<LeadOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<LeadOutcome> Completion => _done.Task;

    public abstract Task<LeadOutcome> ExecuteAsync(RoutingBatch batch, CancellationToken ct);

    /// <summary>The existing lead this command works on, read for the whole batch in one query before any command runs.</summary>
    public virtual string? LeadToRead => null;

    /// <summary>An idempotency key this command will look up; the batch looks all of them up in one query first.</summary>
    public virtual string? IdempotencyKeyToCheck => null;

    /// <summary>What this command's submission is de-duplicated on; the batch finds all their stored duplicates in one query first.</summary>
    public virtual ContactMatch? DuplicateKeysToCheck(RoutingBatch batch) => null;

    /// <summary>A leased timer this command fires; the batch completes all of them in one statement first.</summary>
    public virtual LeasedTimer? TimerToFire => null;

    internal void Complete(LeadOutcome outcome) => _done.TrySetResult(outcome);
    internal void Fail(Exception error) => _done.TrySetException(error);
}

/// <summary>Merged: a new submission was merged into the open lead it duplicates (intake de-duplication).</summary>
public enum LeadOutcomeKind { Created, Replayed, Updated, NotFound, Rejected, Conflict, Forbidden, Merged }

/// <summary>What a routing command did: the lead as stored and the decisions it made now.</summary>
public sealed record LeadOutcome(LeadOutcomeKind Kind, Lead? Lead, IReadOnlyList<Decision> Decisions, string? Error = null, string? ErrorPath = null)
{
    /// <summary>Set when the submission was merged into this existing lead (Merged, or Replayed of a merged request).</summary>
    public string? DuplicateOf { get; init; }

    public static LeadOutcome NotFound(string what) => new(LeadOutcomeKind.NotFound, null, [], what);
    public static LeadOutcome Rejected(string path, string error) => new(LeadOutcomeKind.Rejected, null, [], error, path);
    public static LeadOutcome Conflict(Lead lead, string error) => new(LeadOutcomeKind.Conflict, lead, [], error);
    public static LeadOutcome Forbidden(string error) => new(LeadOutcomeKind.Forbidden, null, [], error);
}

/// <summary>A due timer and the worker whose lease on it lets this process fire it.</summary>
public readonly record struct LeasedTimer(DueTimer Timer, string Owner);
