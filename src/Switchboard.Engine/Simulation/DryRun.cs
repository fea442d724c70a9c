using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Simulation;

/// <summary>
/// Routing without consequences: the same <see cref="Router"/> entry points real routing calls, on a routing state the
/// caller owns and throws away afterwards, with every workflow the walk met recorded (<see cref="WorkflowTrace"/>).
/// Nothing here writes anything; the lead and <paramref name="state"/> change in memory exactly as routing would
/// change them, so a caller that routes several leads on one state sees the rotation move from lead to lead.
/// </summary>
public static class DryRun
{
    /// <summary>
    /// A new lead routed as intake routes it (lead.created, with form.submitted for <paramref name="formId"/>) at
    /// <paramref name="now"/>: its owner, status, decisions and the trace of every walk (none when not <paramref name="traced"/>:
    /// tracing explains every condition of every workflow, which costs far more than routing).
    /// </summary>
    public static RoutedLead NewLead(CompiledConfig config, RoutingState state, Lead lead, Instant now, string? formId = null, bool traced = true)
    {
        var trace = traced ? new WorkflowTrace() : null;
        var ev = Router.Evaluate(config, state, lead, new TriggerEvent(Triggers.LeadCreated) { FormId = formId }, now, null, trace);
        return new RoutedLead(lead, ev.Decisions, ev.Effects, trace?.Walks(config.Source) ?? []);
    }

    /// <summary>
    /// A stored lead routed again as if it were arriving now for the first time, at its own creation time: a copy with its
    /// current values and none of what routing or work gave it (owner, status, stage, score, pool, touches), routed by
    /// <see cref="NewLead"/> at <see cref="Lead.CreatedAt"/>, through its web form when it came through one (<see cref="Lead.FormId"/>:
    /// that form's form.submitted workflows run too). What replay and shadow mode both route; the stored lead is untouched.
    /// </summary>
    public static RoutedLead Again(CompiledConfig config, RoutingState state, Lead stored, bool traced = true) =>
        Again(config, state, stored.Id, stored.ExternalId, stored.CreatedAt, stored.Data.DeepClone().AsObject(), stored.FormId, traced);

    /// <summary>
    /// <see cref="Again"/> from a stored lead's values alone, <paramref name="data"/> handed over: routing changes it as it
    /// would change the copy (a replay passes the data it has just read for this, so nothing is cloned).
    /// </summary>
    public static RoutedLead Again(CompiledConfig config, RoutingState state, string id, string? externalId, Instant createdAt, JsonObject data,
        string? formId, bool traced = true) =>
        NewLead(config, state, new Lead { Id = id, ExternalId = externalId, Data = data, CreatedAt = createdAt, UpdatedAt = createdAt, FormId = formId },
            createdAt, formId, traced);

    /// <summary>
    /// The walk of <paramref name="trigger"/>'s workflows over a stored lead's current values, conditions only (no
    /// action runs, nothing changes): what a decision's "why not" reads. A trigger filter that depends on the event
    /// (changed fields, form, stages, event type, score) sees none, since decisions do not record the event.
    /// </summary>
    public static TriggerTrace StoredLead(CompiledConfig config, Lead lead, string trigger)
    {
        var trace = new WorkflowTrace();
        WorkflowRun.All(new Evaluation(config, new RoutingState(), lead, new TriggerEvent(trigger), lead.CreatedAt) { Trace = trace, ConditionsOnly = true });
        return trace.Walks(config.Source)[0];
    }
}

/// <summary>A lead after a dry run: its owner and status are on <see cref="Lead"/>; effects were asked for and never carried out.</summary>
public sealed record RoutedLead(Lead Lead, IReadOnlyList<Decision> Decisions, Effects Effects, IReadOnlyList<TriggerTrace> Trace);
