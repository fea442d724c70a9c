using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// The trigger parameters of the lifecycle triggers: stage.changed (from, to), deal.stage.changed (to),
/// event.received (eventType), score.crossed (grade or threshold; with neither, any rise of the grade).
/// </summary>
internal static class LifecycleTriggers
{
    public static bool FiresAlways(Trigger trigger) => trigger.Type switch
    {
        Triggers.StageChanged => trigger.From is null && trigger.To is null,
        Triggers.DealStageChanged => trigger.To is null,
        Triggers.EventReceived => trigger.EventType is null,
        Triggers.ScoreCrossed => false,
        _ => true,
    };

    public static bool Fires(Trigger trigger, Evaluation ev) => trigger.Type switch
    {
        Triggers.StageChanged => Matches(trigger.From, ev.Trigger.From) && Matches(trigger.To, ev.Trigger.To),
        Triggers.DealStageChanged => Matches(trigger.To, ev.Trigger.To),
        Triggers.EventReceived => Matches(trigger.EventType, ev.Trigger.EventType),
        Triggers.ScoreCrossed => ev.Trigger.Score is { } change && Crossed(trigger, change, ev.Config),
        _ => true,
    };

    /// <summary>Only upward: the threshold from below to at-or-above, or the grade's rank from below to at-or-above.</summary>
    private static bool Crossed(Trigger trigger, ScoreChange change, CompiledConfig config)
    {
        if (trigger.Threshold is { } threshold) return change.FromScore < threshold && change.ToScore >= threshold;
        if (config.Scoring is not { } scoring) return false;
        var from = scoring.Rank(change.FromGrade);
        var to = scoring.Rank(change.ToGrade);
        return trigger.Grade is { } grade
            ? scoring.Rank(grade) is var target and >= 0 && from < target && to >= target
            : to > from;
    }

    private static bool Matches(string? wanted, string? actual) => wanted is null || wanted == actual;
}
