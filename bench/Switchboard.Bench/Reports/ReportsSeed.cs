using NodaTime;
using Switchboard.Bench.Grid;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Bench.Reports;

/// <summary>
/// The grid's year of leads (<see cref="GridSeed"/>: created evenly over the year, stages, sources, touches), written with
/// what routing and the lifecycle write for them, through the routing transaction (5,000 leads each) so the report rollups
/// are written as in production. 20 reps in 5 pools of 4 (pools 0–1 weighted_round_robin with weights 3, 2, 1, 1; the
/// others round_robin); each owned lead has the pool decision that assigned it, listing the pool's 4 members, of which in
/// about one decision in ten one other than the owner was skipped (out of office, cap_day or outside working hours). Of the
/// owned leads 4 % were first given to another member who breached the SLA and were reassigned to their owner (the
/// breacher excluded), and 1 % breached and were escalated (they wait unowned). The follow-ups (<see cref="ReportsSeedLifecycle"/>):
/// campaigns and deals.
/// </summary>
internal static class ReportsSeed
{
    private const int PerTransaction = 5_000;
    private static readonly string[] Reasons = [EligibilityReasons.OutOfOffice, EligibilityReasons.CapDay, EligibilityReasons.OutsideWorkingHours];
    private static readonly int[] Weights = [3, 2, 1, 1];
    private static readonly Duration SlaLimit = Duration.FromMinutes(30);

    private static string Pool(int index) => "pool-" + index;
    private static string Strategy(int pool) => pool < 2 ? Engine.Model.Pool.Strategies.WeightedRoundRobin : Engine.Model.Pool.Strategies.RoundRobin;

    public static string Config() =>
        "{\"leadStages\":[\"New\",\"Working\",\"Nurture\",\"SQL\"],\"campaigns\":" + ReportsSeedLifecycle.CampaignsJson() + ",\"pools\":[" +
        string.Join(",", Enumerable.Range(0, GridSeed.Reps / 4).Select(p =>
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
            var lifecycle = new ReportsSeedLifecycle(now);
            for (var i = start; i < Math.Min(count, start + PerTransaction); i++)
            {
                var created = now - span + span * ((double)i / count);
                var lead = GridSeed.Lead(i, created, now - created < Duration.FromDays(3), random);
                if (lead is { OwnerId: { } owner, AssignedAt: { } at })
                {
                    var rep = int.Parse(owner[4..], System.Globalization.CultureInfo.InvariantCulture);
                    lead.RoutedPoolId = Pool(rep / 4);
                    decisions.Add(new LeadDecisions(lead.Id, Routed(lead, rep, at, random)));
                }
                lifecycle.Add(lead, random);
                leads.Add(new NewLead(lead, null));
            }
            await using var tx = await store.BeginRoutingAsync();
            await tx.InsertLeadsAsync(leads);
            await tx.AppendDecisionsAsync(decisions);
            await lifecycle.WriteAsync(tx);
            await tx.CommitAsync();
            progress(Math.Min(count, start + PerTransaction));
        }
    }

    /// <summary>The decisions that gave <paramref name="lead"/> to <paramref name="owner"/> (or, escalated, to nobody), with the lead made to match.</summary>
    private static List<Decision> Routed(Lead lead, int owner, Instant at, Random random)
    {
        var roll = random.Next(100);
        if (roll >= 5) return [Decision(owner, at, random)];
        var pool = owner / 4;
        var first = pool * 4 + (owner % 4 + 1 + random.Next(3)) % 4;
        var assigned = at - SlaLimit - Duration.FromSeconds(random.Next(60));
        var breach = Breach(first, assigned + SlaLimit);
        lead.PreviousOwners = [GridSeed.Rep(first)];
        if (roll == 4)
        {
            (lead.OwnerId, lead.AssignedAt, lead.FirstTouchAt, lead.RoutedPoolId, lead.Status) = (null, null, null, null, LeadStatus.Unassigned);
            return [Decision(first, assigned, random), breach, breach with { Action = "sla_escalate", Outcome = Outcomes.Escalated, ChosenRepId = null, Why = "bench escalation" }];
        }
        lead.Reassignments = 1;
        var reassigned = Decision(owner, at, random, excluded: first) with { Action = "sla_reassign", Trigger = Triggers.SlaBreached };
        return [Decision(first, assigned, random), breach, reassigned];
    }

    private static Decision Breach(int rep, Instant at) => new()
    {
        At = at, Trigger = Triggers.SlaBreached, WorkflowId = "inbound", Action = "sla", PoolId = Pool(rep / 4), ConfigVersion = 1,
        ChosenRepId = GridSeed.Rep(rep), Outcome = Outcomes.SlaBreached, Why = "bench breach",
    };

    private static Decision Decision(int owner, Instant at, Random random, int excluded = -1)
    {
        var pool = owner / 4;
        var skipped = random.Next(10) == 0 ? pool * 4 + random.Next(4) : -1;
        var candidates = Enumerable.Range(pool * 4, 4).Select(rep =>
            rep == excluded ? new Candidate(GridSeed.Rep(rep), false, EligibilityReasons.Excluded)
            : rep == skipped && rep != owner ? new Candidate(GridSeed.Rep(rep), false, Reasons[rep % Reasons.Length])
            : new Candidate(GridSeed.Rep(rep), true, null)).ToList();
        return new Decision
        {
            At = at, Trigger = Triggers.LeadCreated, WorkflowId = "inbound", Action = "assign", PoolId = Pool(pool), Strategy = Strategy(pool),
            ConfigVersion = 1, ChosenRepId = GridSeed.Rep(owner), Outcome = Outcomes.Assigned, Why = "bench", Candidates = candidates,
        };
    }
}
