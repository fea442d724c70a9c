using NodaTime;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Simulation;

/// <summary>
/// Replay: the leads created in a period routed again, oldest first, each as new at its own creation time
/// (<see cref="DryRun.Again"/>: working hours, out-of-office and caps as of then) on one private routing state that
/// starts as <see cref="ReplayStart"/> tells and carries rotation, loads and day caps from lead to lead; compared with
/// what the leads' own intake decisions really gave them.
/// <para>
/// Never in live routing's way: the leads and their intake decisions are read in batches of <see cref="BatchSize"/> by
/// plain reads (no routing lock, no write; <see cref="ISwitchboardStore.ListReplayLeadsAsync"/> reads only what routing
/// and the comparison need), the next batch while this one is routed, and the replay yields between batches. Nothing is written.
/// </para>
/// </summary>
public sealed class Replay(ISwitchboardStore store)
{
    public const int BatchSize = SqlStore.MaxPageSize;

    /// <summary>Most changed leads a result lists.</summary>
    public const int SampleSize = 50;

    public const string StartExplained =
        "rotation cursors start fresh; each rep's open load = its leads assigned before from that are still open; day and week " +
        "counters = the assignments before from on the same local day and week (each lead's latest assignment); presence as configured. " +
        "Leads closed during the period are not released from the replayed loads.";

    /// <summary>
    /// Routes the period's leads under <paramref name="config"/>; after each batch <paramref name="onBatch"/> is told how
    /// many leads are done and answers whether to stop, in which case the answer is null.
    /// </summary>
    public async Task<ReplayResult?> RunAsync(
        ReplayPeriod period, CompiledConfig config, bool draft, CompiledConfig live, Func<int, Task<bool>> onBatch, int batchSize = BatchSize, CancellationToken ct = default)
    {
        var state = await ReplayStart.ReadAsync(store, config, period.From, ct);
        var tally = new ReplayTally(config, live);
        // The next batch is read on another thread while this one is routed: reads overlap routing, routing stays in order.
        var next = ReadAsync(period, null, batchSize, ct);
        try
        {
            while (true)
            {
                var batch = await next;
                next = batch.Next is { } after ? ReadAsync(period, after, batchSize, ct) : null;
                foreach (var lead in batch.Leads)
                    tally.Add(RoutingOutcome.Of(lead.Intake, withWhy: false),
                        DryRun.Again(config, state, lead.Id, lead.ExternalId, lead.CreatedAt, lead.Data, lead.FormId, traced: false));
                tally.EndBatch();
                if (await onBatch(tally.Leads)) return null;
                if (next is null) break;
                await Task.Yield();
            }
        }
        finally
        {
            if (next is not null) await next.ContinueWith(static _ => { }, TaskScheduler.Default); // no read outlives the replay
        }
        return tally.Result(period, draft, StartExplained);
    }

    private Task<ReplayBatch> ReadAsync(ReplayPeriod period, ReplayKey? after, int batchSize, CancellationToken ct) =>
        Task.Run(() => store.ListReplayLeadsAsync(period.From, period.To, period.Source, after, batchSize, ct), ct);
}

/// <summary>The leads a replay routes: created in [From, To), of Source when given.</summary>
public sealed record ReplayPeriod(Instant From, Instant To, string? Source)
{
    /// <summary>The longest period one replay covers.</summary>
    public static readonly Duration Longest = Duration.FromDays(Reports.ReportQuery.MaxDays);
}
