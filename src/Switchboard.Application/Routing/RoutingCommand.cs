using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// A change that runs under the routing lock (create, update, assign, claim…), in a <see cref="RoutingGroup"/> committed
/// by <see cref="RoutingWriter"/>. It declares what it reads, then runs on what was read: no I/O of its own. It must be
/// re-runnable from scratch, because a failed group is retried one command at a time.
/// </summary>
public abstract class RoutingCommand
{
    private readonly TaskCompletionSource<LeadOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<LeadOutcome> Completion => _done.Task;

    /// <summary>Declares what this command reads; the group reads it for all its commands at once, before any runs.</summary>
    public abstract void Declare(RoutingReads reads, CompiledConfig config);

    /// <summary>Runs the command on what the group read: calls the engine and hands the group what to write.</summary>
    public abstract LeadOutcome Execute(RoutingGroup group);

    internal void Complete(LeadOutcome outcome) => _done.TrySetResult(outcome);
    internal void Fail(Exception error) => _done.TrySetException(error);
}
