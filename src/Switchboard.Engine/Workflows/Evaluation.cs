using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>The context of one evaluation of a trigger on one lead; actions read and change it.</summary>
public sealed class Evaluation
{
    public Evaluation(CompiledConfig config, RoutingState state, Lead lead, TriggerEvent trigger, Instant now)
    {
        Config = config;
        State = state;
        Lead = lead;
        Trigger = trigger;
        RunningTrigger = trigger.Type;
        Now = now;
        Facts = LeadFacts.From(lead, config.Fields);
    }

    private Evaluation(Evaluation first, TriggerEvent trigger)
    {
        Config = first.Config;
        State = first.State;
        Lead = first.Lead;
        Trigger = trigger;
        RunningTrigger = trigger.Type;
        Now = first.Now;
        Facts = first.Facts;
        Decisions = first.Decisions;
        Effects = first.Effects;
        _excluded = first.Excluded;
        Trace = first.Trace;
        ConditionsOnly = first.ConditionsOnly;
    }

    /// <summary>
    /// A second trigger in the same step (score.crossed after the event that raised the score, stage.changed on
    /// convert): its own trigger, the same lead, facts, decisions and effects.
    /// </summary>
    public Evaluation Then(TriggerEvent trigger) => new(this, trigger);

    public CompiledConfig Config { get; }
    public RoutingState State { get; }
    public Lead Lead { get; }
    internal LeadFacts Facts { get; }
    public TriggerEvent Trigger { get; }
    /// <summary>The trigger type of the workflow running now (decisions record it): form.submitted inside a web form's lead.created.</summary>
    public string RunningTrigger { get; internal set; }
    public Instant Now { get; }
    public List<Decision> Decisions { get; } = [];
    /// <summary>Timers, outgoing messages, tasks and list changes this evaluation asks for.</summary>
    public Effects Effects { get; } = new();
    /// <summary>Reps this evaluation must not pick (previous owners on reject or reassignment).</summary>
    public HashSet<string> Excluded => _excluded ??= new(StringComparer.Ordinal);
    /// <summary>The excluded reps as eligibility reads them; no set is made when nobody is excluded.</summary>
    internal IReadOnlyCollection<string> ExcludedReps => (IReadOnlyCollection<string>?)_excluded ?? [];
    private HashSet<string>? _excluded;
    /// <summary>Records every workflow the walks meet, for a preview's "why not"; null (nothing recorded) in routing.</summary>
    internal Simulation.WorkflowTrace? Trace { get; init; }
    /// <summary>True for a trace of a stored lead: workflows are walked and matched, their actions do not run.</summary>
    internal bool ConditionsOnly { get; init; }
    /// <summary>Set once an assign in this evaluation gave the lead an owner: later assigns are skipped.</summary>
    public bool AssignedHere { get; set; }
    /// <summary>Set when an assign parked the lead in a pool (queued): fallback routing must leave it there.</summary>
    public bool Parked { get; set; }

    public Decision NewDecision(string? workflowId, string action, string outcome, string why) => new()
    {
        At = Now,
        Trigger = RunningTrigger,
        WorkflowId = workflowId,
        Action = action,
        ConfigVersion = Config.Version,
        Outcome = outcome,
        Why = why,
    };

    /// <summary>A decision about a pool (or a named rep: no pool): its strategy, the chosen rep (if any) and every candidate.</summary>
    public Decision NewDecision(
        string? workflowId, string action, string outcome, string why, string? poolId, string? strategy, string? chosenRepId,
        IReadOnlyList<Candidate> candidates) => new()
    {
        At = Now,
        Trigger = RunningTrigger,
        WorkflowId = workflowId,
        Action = action,
        ConfigVersion = Config.Version,
        Outcome = outcome,
        Why = why,
        PoolId = poolId,
        Strategy = strategy,
        ChosenRepId = chosenRepId,
        Candidates = candidates,
    };
}
