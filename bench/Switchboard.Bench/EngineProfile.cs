using System.Globalization;
using Switchboard.Engine.Model;

namespace Switchboard.Bench;

/// <summary>What one pass of the engine workload does, so a throughput figure can be read against its work.</summary>
internal static class EngineProfile
{
    public static string Describe(EngineWorkload workload)
    {
        workload.Reset();
        var workflows = workload.Config.For(Triggers.LeadCreated);
        var position = workflows.Select((w, i) => (w.Id, i)).ToDictionary(x => x.Id, x => x.i);
        long evaluated = 0, decisions = 0, byWorkflow = 0, byFallback = 0, unassigned = 0, matched = 0;
        var n = workload.LeadCount;
        for (var i = 0; i < n; i++)
        {
            if (workload.DayOver) workload.StartDay();
            var result = workload.Decide(out var lead);
            decisions += result.Count;
            var hits = result.Where(d => d.WorkflowId is not null).Select(d => d.WorkflowId!).Distinct().ToList();
            matched += hits.Count;
            var stop = hits.Select(id => position[id]).Where(p => workflows[p].Workflow.StopOnMatch).DefaultIfEmpty(-1).Min();
            evaluated += stop >= 0 ? stop + 1 : workflows.Count;
            if (lead.OwnerId is null) unassigned++;
            else if (result.Any(d => d.Outcome == "assigned" && d.WorkflowId is not null)) byWorkflow++;
            else byFallback++;
        }
        var c = CultureInfo.InvariantCulture;
        var config = workload.Source;
        return string.Format(c,
            "workload: {0:N0} leads, {1} reps, {2} pools, {3} workflows; per lead {4:F1} workflows walked (ruled out by the screen or evaluated), {5:F2} matched, {6:F2} decisions; " +
            "owner from a workflow {7:P0}, from the fallback pool {8:P0}, unassigned {9:P0}",
            n, config.Reps.Count, config.Pools.Count, workflows.Count, (double)evaluated / n, (double)matched / n,
            (double)decisions / n, (double)byWorkflow / n, (double)byFallback / n, (double)unassigned / n);
    }
}
