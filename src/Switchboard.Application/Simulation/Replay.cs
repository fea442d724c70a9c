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
/// Never in live routing's way: the leads and their decisions are read in batches of <see cref="BatchSize"/> by plain
/// reads (no routing lock, no write), and the replay yields between batches. Nothing is written.
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
        string? cursor = null;
        do
        {
            var page = await store.ListLeadsAsync(new LeadQuery
            {
                Sort = LeadSort.CreatedAscending, CreatedFrom = period.From, CreatedTo = period.To, Source = period.Source,
                Cursor = cursor, Limit = batchSize,
            }, ct);
            var decisions = await store.GetDecisionsOfLeadsAsync([.. page.Items.Select(l => l.Id)], ct);
            foreach (var lead in page.Items)
            {
                var real = RoutingOutcome.Of(RoutingOutcome.IntakeDecisions(decisions.GetValueOrDefault(lead.Id) ?? []), withWhy: false);
                tally.Add(lead, real, DryRun.Again(config, state, lead, traced: false));
            }
            tally.EndBatch();
            cursor = page.NextCursor;
            if (await onBatch(tally.Leads)) return null;
            await Task.Yield();
        } while (cursor is not null);
        return tally.Result(period, draft, StartExplained);
    }
}

/// <summary>The leads a replay routes: created in [From, To), of Source when given.</summary>
public sealed record ReplayPeriod(Instant From, Instant To, string? Source)
{
    /// <summary>The longest period one replay covers.</summary>
    public static readonly Duration Longest = Duration.FromDays(Reports.ReportQuery.MaxDays);
}
