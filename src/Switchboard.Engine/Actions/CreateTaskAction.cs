using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// create_task: a to-do for the lead's owner (unowned when the lead has none). "title" may use placeholders;
/// "due" is an ISO-8601 duration from now or "end_of_day" (see <see cref="EndOfDay"/>).
/// </summary>
internal sealed class CreateTaskAction : IActionType
{
    public const string EndOfDay = "end_of_day";

    public string Type => "create_task";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        ActionFields.RequiredTemplate(action.Title, $"{path}.title", "create_task needs a title", errors);
        if (action.Due is { } due && due != EndOfDay && !IsoDuration.TryParse(due, out _))
            errors.Add(new($"{path}.due", $"due must be \"{EndOfDay}\" or {IsoDuration.Hint} (got \"{due}\")"));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var lead = ev.Lead;
        var owner = ev.Config.Reps.TryGetValue(lead.OwnerId ?? "", out var rep) ? rep : null;
        var title = Template.Render(action.Title!, lead, owner?.Rep, workflow.Id, ev.Config.PublicUrl);
        Instant? dueAt = action.Due switch
        {
            null => null,
            EndOfDay => EndOfWorkday(ev.Now, owner?.Calendar),
            var duration => ev.Now + IsoDuration.Parse(duration),
        };
        ev.Effects.Tasks.Add(new TaskRequest(title, lead.OwnerId, dueAt, lead.Id, workflow.Id));
        var due = dueAt is { } at ? $" due {InstantPattern.ExtendedIso.Format(at)}" : "";
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.TaskCreated,
            $"workflow {workflow.Id}: task \"{title}\" for {lead.OwnerId ?? "nobody (the lead has no owner)"}{due}") with { ChosenRepId = lead.OwnerId });
    }

    /// <summary>
    /// "end_of_day" for an owner with <paramref name="calendar"/>: when their working hours end today, if they work today
    /// and those hours have not passed; else 23:59:59 today in their zone (UTC without an owner). Always the same local day.
    /// </summary>
    public static Instant EndOfWorkday(Instant now, RepCalendar? calendar)
    {
        var zone = calendar?.Zone ?? DateTimeZone.Utc;
        var local = now.InZone(zone).LocalDateTime;
        var lastSecond = local.Date + new LocalTime(23, 59, 59);
        var end = calendar?.WorkEnds(local.Date) is { } workEnds && workEnds > local && workEnds < lastSecond ? workEnds : lastSecond;
        return zone.AtLeniently(end).ToInstant();
    }
}
