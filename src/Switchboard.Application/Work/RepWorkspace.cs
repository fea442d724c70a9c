using NodaTime;
using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Work;

/// <summary>
/// What a rep's workspace reads: its assigned leads (newest first, each with its SLA deadline while it runs), its
/// tasks due by a moment, and the decision that gave it a lead. A caller not bound to a rep has no workspace.
/// </summary>
public sealed class RepWorkspace(ISwitchboardStore store, DecisionTrail trail)
{
    /// <summary>How many tasks a workspace shows; its leads come a page at a time (<see cref="LeadsPage"/>, more on asking).</summary>
    public const int Shown = 100;

    /// <summary>
    /// The newest leads a workspace shows at first: it re-reads them after every burst of changes, so a rep with hundreds
    /// of open leads costs what one with a page of them does until it asks for more.
    /// </summary>
    public const int LeadsPage = 30;

    /// <summary>The outcomes of decisions that give a lead an owner (a task or a stage change names the owner too, but gives nothing).</summary>
    private static readonly HashSet<string> Giving = [Outcomes.Assigned, Outcomes.Claimed, Outcomes.HandedOver, Outcomes.Overflow, Outcomes.Fallback];

    /// <summary>The caller's newest <paramref name="limit"/> assigned leads, and whether it has more.</summary>
    public async Task<(IReadOnlyList<QueueItem> Leads, bool More)> LeadsAsync(Caller caller, int limit = LeadsPage)
    {
        if (caller.RepId is not { Length: > 0 } rep) return ([], false);
        var page = await store.ListRepWorkAsync(rep, limit: limit);
        return (page.Items, page.NextCursor is not null);
    }

    /// <summary>The rep's open tasks due at or before <paramref name="dueBy"/> (the end of its day), earliest first.</summary>
    public async Task<IReadOnlyList<TaskRecord>> TasksDueAsync(Caller caller, Instant dueBy) =>
        caller.RepId is { Length: > 0 } rep ? await store.ListTasksAsync(new TaskQuery { Owner = rep, DueBefore = dueBy, Limit = Shown }) : [];

    /// <summary>The last decision that gave the lead to the caller's rep; null when there is none or the lead is not the caller's.</summary>
    public async Task<ExplainedDecision?> WhyMeAsync(string leadId, Caller caller) =>
        caller.RepId is { Length: > 0 } rep && await trail.OfAsync(leadId, caller) is { } decisions
            ? decisions.LastOrDefault(d => d.Decision.ChosenRepId == rep && Giving.Contains(d.Decision.Outcome))
            : null;
}
