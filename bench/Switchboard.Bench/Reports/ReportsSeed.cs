using NodaTime;
using Switchboard.Bench.Grid;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Bench.Reports;

/// <summary>
/// The grid's year of leads (<see cref="GridSeed"/>), each owned lead with the pool decision that assigned it, appended in the
/// same routing transaction as the lead so the report rollups are written as routing writes them. 20 reps in 5 pools of 4
/// (pools 0–1 weighted_round_robin with weights 3, 2, 1, 1; the others round_robin); in about one decision in ten a member
/// other than the owner was skipped (out of office, cap_day or outside working hours).
/// </summary>
internal static class ReportsSeed
{
    private const int PerTransaction = 5_000;
    private static readonly string[] Reasons = ["out_of_office", "cap_day", "outside_working_hours"];
    private static readonly int[] Weights = [3, 2, 1, 1];

    private static string Pool(int index) => "pool-" + index;
    private static string Strategy(int pool) => pool < 2 ? Engine.Model.Pool.Strategies.WeightedRoundRobin : Engine.Model.Pool.Strategies.RoundRobin;

    public static string Config() =>
        "{\"pools\":[" + string.Join(",", Enumerable.Range(0, GridSeed.Reps / 4).Select(p =>
            $"{{\"id\":\"{Pool(p)}\",\"strategy\":\"{Strategy(p)}\",\"members\":[" +
            string.Join(",", Enumerable.Range(0, 4).Select(m => $"{{\"repId\":\"{GridSeed.Rep(p * 4 + m)}\",\"weight\":{Weights[m]}}}")) + "]}")) + "]}";

    public static async Task SeedAsync(ISwitchboardStore store, int count, Instant now, Action<int> progress)
    {
        await store.SaveConfigAsync(new ConfigDraft(Config(), "bench", now - Duration.FromDays(366)));
        var random = new Random(12);
        var span = Duration.FromDays(365);
        for (var start = 0; start < count; start += PerTransaction)
        {
            var leads = new List<NewLead>(PerTransaction);
            var decisions = new List<LeadDecisions>(PerTransaction);
            for (var i = start; i < Math.Min(count, start + PerTransaction); i++)
            {
                var created = now - span + span * ((double)i / count);
                var lead = GridSeed.Lead(i, created, now - created < Duration.FromDays(3), random);
                if (lead is { OwnerId: { } owner, AssignedAt: { } at })
                {
                    var rep = int.Parse(owner[4..], System.Globalization.CultureInfo.InvariantCulture);
                    lead.RoutedPoolId = Pool(rep / 4);
                    decisions.Add(new LeadDecisions(lead.Id, [Decision(rep, at, random)]));
                }
                leads.Add(new NewLead(lead, null));
            }
            await using var tx = await store.BeginRoutingAsync();
            await tx.InsertLeadsAsync(leads);
            await tx.AppendDecisionsAsync(decisions);
            await tx.CommitAsync();
            progress(Math.Min(count, start + PerTransaction));
        }
    }

    private static Decision Decision(int owner, Instant at, Random random)
    {
        var pool = owner / 4;
        var skipped = random.Next(10) == 0 ? pool * 4 + random.Next(4) : -1;
        var candidates = Enumerable.Range(pool * 4, 4).Select(rep => rep == skipped && rep != owner
            ? new Candidate(GridSeed.Rep(rep), false, Reasons[rep % Reasons.Length])
            : new Candidate(GridSeed.Rep(rep), true, null)).ToList();
        return new Decision
        {
            At = at, Trigger = "lead.created", WorkflowId = "inbound", Action = "assign", PoolId = Pool(pool), Strategy = Strategy(pool),
            ConfigVersion = 1, ChosenRepId = GridSeed.Rep(owner), Outcome = Outcomes.Assigned, Why = "bench", Candidates = candidates,
        };
    }
}
