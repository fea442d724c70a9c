using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// The engine's entry points. Each runs one step on one lead and returns its decisions and effects; the
/// lead and the routing state change in memory and the caller persists both, with the effects, in one transaction.
/// A step that may change the lead's owner hands its open tasks over (see <see cref="OwnerChange"/>):
/// <c>OwnerChange.Follow(lead.OwnerId, Step(…))</c> reads the owner before the step runs, as C# evaluates
/// arguments left to right; a step that releases the owner before it builds its evaluation relies on that.
/// </summary>
public static class Router
{
    public static IReadOnlyList<Decision> Run(CompiledConfig config, RoutingState state, Lead lead, TriggerEvent trigger, Instant now) =>
        Evaluate(config, state, lead, trigger, now).Decisions;

    /// <summary>Runs the workflows of one trigger on one lead, in priority order; returns the whole evaluation: decisions and effects.</summary>
    public static Evaluation Evaluate(CompiledConfig config, RoutingState state, Lead lead, TriggerEvent trigger, Instant now) =>
        Evaluate(config, state, lead, trigger, now, null);

    /// <summary>
    /// As <see cref="Evaluate(CompiledConfig, RoutingState, Lead, TriggerEvent, Instant)"/>; with a scoring model the score
    /// and grade are recomputed first (the engagement part from <paramref name="events"/>, all the lead's events, when
    /// given), and score.crossed workflows run after the trigger's when the score went up.
    /// </summary>
    /// <param name="trace">Records every workflow the walks meet (a preview's "why not", see <see cref="Simulation.DryRun"/>); null in routing.</param>
    public static Evaluation Evaluate(
        CompiledConfig config, RoutingState state, Lead lead, TriggerEvent trigger, Instant now, IReadOnlyList<LeadEvent>? events,
        Simulation.WorkflowTrace? trace = null)
    {
        var ownerBefore = lead.OwnerId;
        var ev = new Evaluation(config, state, lead, trigger, now) { Trace = trace };
        lead.ConfigVersion = config.Version;
        var scored = Rescoring.Rescore(ev, events, out var explanation);
        WorkflowRun.All(ev);
        if (trigger.Type == Triggers.LeadCreated && lead.OwnerId is null && !ev.Parked)
            FallbackRouting.Route(ev);
        // Recorded after the routing decisions (which come first in a lead's answer), before score.crossed ones.
        if (scored is { Changed: true }) ev.Decisions.Add(ev.NewDecision(null, "score", Outcomes.Scored, explanation));
        Rescoring.FireCrossed(ev, scored);
        return OwnerChange.Follow(ownerBefore, ev, firstRouting: trigger.Type == Triggers.LeadCreated);
    }

    /// <summary>
    /// Intake de-duplication (policy merge): a new submission matched this open lead. Fills only the lead's empty
    /// fields, keeps its owner, records the submission ("merged"), emails the owner about the returning lead when
    /// <paramref name="emailOwner"/> (email can be delivered), and runs the lead.updated workflows with the filled fields.
    /// </summary>
    public static Evaluation Merge(CompiledConfig config, RoutingState state, Lead lead, Resubmission submission, bool emailOwner, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, ReturningLead.Merge(config, state, lead, submission, emailOwner, now));

    /// <summary>
    /// An "action" timer fired: runs action <paramref name="actionIndex"/> of the workflow now, under the given
    /// trigger, without checking conditions again; "skipped" when this configuration no longer has it.
    /// </summary>
    public static Evaluation RunDelayedAction(
        CompiledConfig config, RoutingState state, Lead lead, string workflowId, int actionIndex, string trigger, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, DelayedActions.Run(config, state, lead, workflowId, actionIndex, trigger, now));

    /// <summary>A rep touched the lead (call, email…): sets FirstTouchAt once and stops the SLA clock; decision "touched".</summary>
    public static Evaluation Touch(CompiledConfig config, RoutingState state, Lead lead, string touchType, Instant now) =>
        Engagement.Touch(config, state, lead, touchType, now);

    /// <summary>Call after setting the lead's stage: leaving New stops the SLA clock; decision "stage_changed"; stage.changed workflows run.</summary>
    public static Evaluation StageChanged(CompiledConfig config, RoutingState state, Lead lead, string previousStage, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, Engagement.StageChanged(config, state, lead, previousStage, now));

    /// <summary>
    /// An engagement event arrived (already in <paramref name="events"/>, all the lead's events): the score is
    /// recomputed, event.received workflows run (conditions read <c>event.type</c> and <c>event.properties.X</c>),
    /// then score.crossed ones when the score went up.
    /// </summary>
    public static Evaluation RecordEvent(
        CompiledConfig config, RoutingState state, Lead lead, LeadEvent received, IReadOnlyList<LeadEvent> events, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, Engagement.Received(config, state, lead, received, events, now));

    /// <summary>
    /// Converts a lead into a deal in the requested pipeline (none: the default, first one), at its first stage.
    /// Refused before changing anything for a closed lead (conflict) or an unknown pipeline (invalid).
    /// </summary>
    public static Refusable<Conversion> Convert(CompiledConfig config, RoutingState state, Lead lead, DealRequest request, Instant now) =>
        FollowOwner(lead, () => Conversions.Convert(config, state, lead, request, now));

    /// <summary>
    /// Moves a deal to a stage of its pipeline, or won / lost, and runs deal.stage.changed workflows on its lead.
    /// Refused (invalid "stage") for a stage its pipeline does not have.
    /// </summary>
    public static Refusable<Conversion> MoveDeal(CompiledConfig config, RoutingState state, Lead lead, Deal deal, string stage, Instant now) =>
        FollowOwner(lead, () => DealStages.Move(config, state, lead, deal, stage, now));

    /// <summary>A closed lead's workflows (stage.changed on convert, deal.stage.changed) may give it another owner: its tasks follow.</summary>
    private static Refusable<Conversion> FollowOwner(Lead lead, Func<Refusable<Conversion>> step)
    {
        var ownerBefore = lead.OwnerId;
        var result = step();
        if (result.Value is { } conversion) OwnerChange.Follow(ownerBefore, conversion.Evaluation);
        return result;
    }

    /// <summary>
    /// A PATCH of the lead (see <see cref="LeadUpdates"/>): its data, stage or status change; lead.updated runs with the
    /// names of what really changed; <paramref name="events"/> (all the lead's events) when the scoring model scores them.
    /// Refused (invalid "stage") for a stage the configuration does not have.
    /// </summary>
    public static Refusable<LeadUpdate> Update(CompiledConfig config, RoutingState state, Lead lead, LeadChange change, IReadOnlyList<LeadEvent>? events, Instant now) =>
        LeadUpdates.Apply(config, state, lead, change, events, now);

    /// <summary>An "sla" timer fired with its payload: stale, or sla_breached then reassignment or escalation (see <see cref="SlaBreach"/>).</summary>
    public static Evaluation SlaBreached(CompiledConfig config, RoutingState state, Lead lead, JsonObject timerPayload, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, SlaBreach.Handle(config, state, lead, timerPayload, now));

    /// <summary>The owner rejects the lead; refused for anyone else (forbidden) or a closed lead (conflict), see <see cref="Rejection"/>.</summary>
    public static Refusable<Evaluation> Reject(CompiledConfig config, RoutingState state, Lead lead, string repId, string reason, Instant now)
    {
        var ownerBefore = lead.OwnerId;
        var rejected = Rejection.Reject(config, state, lead, repId, reason, now);
        return rejected.Value is { } ev ? OwnerChange.Follow(ownerBefore, ev) : rejected;
    }

    /// <summary>A rep claims a claimable lead of a shark_tank pool: the first eligible claim wins.</summary>
    public static ClaimResult Claim(CompiledConfig config, RoutingState state, Lead lead, string repId, Instant now)
    {
        var ownerBefore = lead.OwnerId;
        var result = SharkTank.Claim(config, state, lead, repId, now);
        OwnerChange.Follow(ownerBefore, result.Evaluation, tookItThemselves: true);
        return result;
    }

    /// <summary>A "claim_window" timer fired: a still-claimable lead is assigned by the pool's afterWindow strategy.</summary>
    public static Evaluation ClaimWindowEnded(CompiledConfig config, RoutingState state, Lead lead, Instant now) =>
        OwnerChange.Follow(lead.OwnerId, SharkTank.WindowEnded(config, state, lead, now));

    /// <summary>
    /// Routes a queued lead in its pool again (a queue_recheck timer, or an event that may have made a member
    /// eligible). Still nobody eligible: no decision, the recheck timer moves to the next known boundary.
    /// </summary>
    public static Evaluation DrainQueue(CompiledConfig config, RoutingState state, Lead queuedLead, Instant now) =>
        OwnerChange.Follow(queuedLead.OwnerId, QueueDrain.Drain(config, state, queuedLead, now));

    /// <summary>
    /// A manager's manual assignment: any active rep, recorded with its eligibility for the record. The SLA clock of
    /// the previous assignment stops (a manual assignment starts none). Refused (invalid) for an unknown or inactive
    /// rep, or a lead that is not open.
    /// </summary>
    public static Refusable<Evaluation> AssignManually(CompiledConfig config, RoutingState state, Lead lead, string repId, string? actor, Instant now)
    {
        if (!config.Reps.TryGetValue(repId, out var rep)) return new Refusal(RefusalKind.Invalid, "repId", $"unknown rep '{repId}'");
        if (!rep.Rep.Active) return new Refusal(RefusalKind.Invalid, "repId", $"rep '{repId}' is inactive");
        if (!lead.IsOpen) return new Refusal(RefusalKind.Invalid, "status", $"lead is {lead.Status}; only open leads can be assigned");
        var facts = LeadFacts.From(lead);
        var reason = EligibilityCheck.FirstFailure(rep, new PoolEligibility { RequireAvailable = true, RespectCapacity = true }, state.Load(repId), facts, now, []);
        var previous = lead.OwnerId;
        Ownership.Assign(config, state, lead, repId, now);
        lead.RoutedPoolId = null;
        lead.ConfigVersion = config.Version;
        var by = actor is null ? "" : $" by {actor}";
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.Manual), now);
        SlaClock.Stop(ev);
        ev.Decisions.Add(ev.NewDecision(null, "assign", Outcomes.Assigned,
            previous is null ? $"manual assignment to {repId}{by}" : $"manual reassignment from {previous} to {repId}{by}",
            null, "manual", repId, [new Candidate(repId, reason is null, reason)]));
        return OwnerChange.Follow(previous, ev);
    }
}
