using System.Text.Json;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>
/// One step of the running shadow run, off the intake path: holds the run's lease (<see cref="HoldAsync"/>), reads the next leads
/// stored after its cursor (oldest first, at most <see cref="Batch"/>; those this process's intake just made are handed over
/// in memory, <see cref="ShadowFeed"/>), routes each with <see cref="DryRun.Again"/> (untraced)
/// under the draft on the run's own routing state, and writes their outcomes, the cursor and the state in one transaction,
/// only if it still holds the lease and the cursor did not move (so two workers never both write a lead's outcome).
/// It never takes the routing lock and writes nothing else: no lead, decision, live state, timer, task or message.
/// </summary>
public sealed class ShadowRunner(ISwitchboardStore store, ShadowFeed feed, IClock clock)
{
    /// <summary>Most leads one step routes.</summary>
    public const int Batch = 200;

    /// <summary>How long a worker holds the run after each step; another process takes over once it lapses.</summary>
    public static readonly Duration Lease = Duration.FromSeconds(30);

    private CompiledRun? _compiled;
    private CarriedState? _carried;

    /// <summary>Routes the next batch for <paramref name="owner"/>: what it did (see <see cref="ShadowStepResult"/>).</summary>
    public async Task<ShadowStepResult> StepAsync(string owner, CancellationToken ct = default)
    {
        var run = await HoldAsync(owner, ct);
        feed.Listen(run is not null);
        if (run is null) return ShadowStepResult.Idle;
        var (leads, fed) = await NextLeadsAsync(run.CursorSeq, ct);
        if (leads.Count == 0) return new ShadowStepResult(true, 0, true);
        var config = Compiled(run);
        var state = State(run);
        ShadowState.TakePresence(state, await store.GetRepLoadsAsync(ct));
        var outcomes = leads.Select(stored => ShadowSides.Outcome(stored, DryRun.Again(config, state, stored.Lead.Id, stored.Lead.ExternalId,
            stored.Lead.CreatedAt, stored.Lead.Data, stored.Lead.FormId, traced: false))).ToList(); // each lead's values are its own: handed over
        var saved = await store.SaveShadowStepAsync(new ShadowStep(run.Id, owner, run.CursorSeq, leads[^1].Seq,
            ShadowState.Write(state), clock.GetCurrentInstant() + Lease, outcomes), ct);
        if (saved) _carried = new CarriedState(run.Id, leads[^1].Seq, state);
        return new ShadowStepResult(true, saved ? outcomes.Count : 0, saved, saved && fed ? outcomes.Count : 0);
    }

    /// <summary>
    /// The next leads after <paramref name="cursorSeq"/>, and whether they came from the feed: from it as far as it has them
    /// in order, else read from the database (a batch the feed does not start is read whole, and the feed lets go of them).
    /// </summary>
    private async Task<(IReadOnlyList<ShadowLead> Leads, bool Fed)> NextLeadsAsync(long cursorSeq, CancellationToken ct)
    {
        var next = await store.ListLeadSeqsAfterAsync(cursorSeq, Batch, ct);
        if (next.Count == 0) return ([], false);
        if (feed.Take(next) is { Count: > 0 } fed) return (fed, true);
        var read = await store.ListLeadsAfterAsync(cursorSeq, Batch, ct);
        feed.Forget(read.Select(lead => lead.Lead.Id));
        return (read, false);
    }

    /// <summary>
    /// The run's state as of its cursor: the one this runner wrote with its last step when the cursor is still there (no
    /// JSON to read back), else the stored one (another worker moved it, or this one lost a step). Taken out of the cache
    /// while a step routes on it, so a step that fails half-way leaves nothing behind.
    /// </summary>
    private RoutingState State(ShadowRun run)
    {
        var carried = _carried;
        _carried = null;
        return carried is { } c && c.RunId == run.Id && c.CursorSeq == run.CursorSeq ? c.State : ShadowState.Read(run.State);
    }

    /// <summary>
    /// The running run if <paramref name="owner"/> holds it: a read while its lease has more than half to run (each
    /// written step renews it), else the conditional UPDATE that takes or renews it. An idle worker writes nothing.
    /// </summary>
    private async Task<ShadowRun?> HoldAsync(string owner, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        if (await store.GetShadowRunAsync(ct) is not { Running: true } run) return null;
        if (run.Owner == owner && run.LeaseUntil is { } until && until - now > Lease / 2) return run;
        return await store.LeaseShadowRunAsync(owner, now, now + Lease, ct);
    }

    /// <summary>The run's draft compiled once per run (the stored document is the draft as it was prepared and validated).</summary>
    private CompiledConfig Compiled(ShadowRun run)
    {
        if (_compiled is { } cached && cached.RunId == run.Id) return cached.Config;
        var config = CompiledConfig.Compile(JsonSerializer.Deserialize<RoutingConfig>(run.Config, EngineJson.Options)!);
        _compiled = new CompiledRun(run.Id, config);
        return config;
    }

    private sealed record CompiledRun(string RunId, CompiledConfig Config);

    private sealed record CarriedState(string RunId, long CursorSeq, RoutingState State);
}

/// <summary>
/// What a step did: <see cref="Running"/> false when no run is running or another worker holds it; <see cref="Routed"/>
/// the leads whose outcomes it wrote; <see cref="Held"/> false when it lost the run to another worker before writing;
/// <see cref="Fed"/> how many of the leads routed came from this process's intake in memory (<see cref="ShadowFeed"/>).
/// </summary>
public sealed record ShadowStepResult(bool Running, int Routed, bool Held, int Fed = 0)
{
    public static readonly ShadowStepResult Idle = new(false, 0, false);
}
