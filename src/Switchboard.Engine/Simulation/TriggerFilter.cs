using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Simulation;

/// <summary>Why a workflow's trigger filter (source, fields, formId, from/to, eventType, grade or threshold) did not fire, in one line.</summary>
internal static class TriggerFilter
{
    public static FailedCheck Failure(Workflow workflow, Evaluation ev)
    {
        var trigger = workflow.Trigger;
        var happened = ev.Trigger;
        return trigger.Type switch
        {
            Triggers.LeadCreated => Check("trigger.source", "source", trigger.Source, LeadText.Field(ev.Lead, "source")),
            Triggers.FormSubmitted => Check("trigger.formId", "form", trigger.FormId, happened.FormId),
            Triggers.LeadUpdated => new FailedCheck
            {
                Path = "trigger.fields",
                Text = $"trigger.fields: none of {string.Join(", ", trigger.Fields ?? [])} changed"
                    + (happened.ChangedFields is { Count: > 0 } changed ? $" (changed: {string.Join(", ", changed)})" : " (no changed fields known)"),
            },
            Triggers.StageChanged when trigger.From is not null && trigger.From != happened.From => Check("trigger.from", "stage before", trigger.From, happened.From),
            Triggers.StageChanged or Triggers.DealStageChanged => Check("trigger.to", "stage", trigger.To, happened.To),
            Triggers.EventReceived => Check("trigger.eventType", "event type", trigger.EventType, happened.EventType),
            Triggers.ScoreCrossed => new FailedCheck
            {
                Path = trigger.Threshold is null ? "trigger.grade" : "trigger.threshold",
                Text = (trigger.Threshold is null ? "trigger.grade" : "trigger.threshold") + ": "
                    + (happened.Score is { } s ? $"score {s.FromScore} → {s.ToScore} ({s.FromGrade} → {s.ToGrade}) does not cross it" : "the score did not change"),
            },
            _ => new FailedCheck { Path = "trigger", Text = "trigger: its filter does not fire for this event" },
        };
    }

    private static FailedCheck Check(string path, string what, string? wanted, string? actual) => new()
    {
        Path = path,
        Text = $"{path}: {what} {(actual is null ? "(none)" : $"\"{actual}\"")} is not \"{wanted}\"",
    };
}
