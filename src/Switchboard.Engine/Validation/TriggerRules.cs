using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>
/// The trigger type and its parameters: from/to of stage.changed name configured lead stages; to of
/// deal.stage.changed a stage of some pipeline or won / lost; eventType of event.received an event type name;
/// grade (a configured grade) or threshold of score.crossed, which needs the scoring section. A parameter on
/// a trigger that does not take it is an error.
/// </summary>
internal static class TriggerRules
{
    public static void Validate(Trigger? trigger, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (trigger is null)
        {
            errors.Add(new(path, "trigger is required"));
            return;
        }
        if (trigger.Type is null || !Triggers.Known.Contains(trigger.Type, StringComparer.Ordinal))
        {
            errors.Add(new(path + ".type", $"unknown trigger \"{trigger.Type}\"; known triggers: {string.Join(", ", Triggers.Known)}"));
            return;
        }
        var config = context.Config;
        var type = trigger.Type;
        Only(trigger.From, "from", type, [Triggers.StageChanged], path, errors);
        Only(trigger.To, "to", type, [Triggers.StageChanged, Triggers.DealStageChanged], path, errors);
        Only(trigger.EventType, "eventType", type, [Triggers.EventReceived], path, errors);
        Only(trigger.Grade, "grade", type, [Triggers.ScoreCrossed], path, errors);
        Only(trigger.Threshold, "threshold", type, [Triggers.ScoreCrossed], path, errors);

        if (type == Triggers.StageChanged)
        {
            CheckLeadStage(trigger.From, path + ".from", config, errors);
            CheckLeadStage(trigger.To, path + ".to", config, errors);
        }
        if (type == Triggers.DealStageChanged && trigger.To is { } to && !(config.Pipelines ?? []).Any(p => p?.Has(to) ?? false))
            errors.Add(new(path + ".to", $"\"{to}\" is not a stage of any pipeline (nor won or lost)"));
        if (type == Triggers.EventReceived && trigger.EventType is { } eventType && !EventTypes.IsValid(eventType))
            errors.Add(new(path + ".eventType", $"\"{eventType}\" is not {EventTypes.Hint}"));
        if (type == Triggers.ScoreCrossed) CheckCrossing(trigger, path, config, errors);
    }

    private static void CheckCrossing(Trigger trigger, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (config.Scoring is null)
            errors.Add(new(path + ".type", "score.crossed needs the scoring section: without it leads are not scored"));
        if (trigger.Grade is not null && trigger.Threshold is not null)
            errors.Add(new(path, "give grade or threshold, not both"));
        var grades = config.Scoring?.Grades ?? [];
        if (trigger.Grade is { } grade && config.Scoring is not null && !grades.Any(g => g?.Name == grade))
            errors.Add(new(path + ".grade", $"unknown grade \"{grade}\"; grades: {string.Join(", ", grades.Select(g => g?.Name))}"));
    }

    private static void CheckLeadStage(string? stage, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (stage is not null && !(config.LeadStages ?? []).Contains(stage, StringComparer.Ordinal))
            errors.Add(new(path, $"unknown lead stage \"{stage}\"; stages: {string.Join(", ", config.LeadStages ?? [])}"));
    }

    private static void Only(object? value, string name, string type, string[] takers, string path, List<ValidationError> errors)
    {
        if (value is not null && !takers.Contains(type, StringComparer.Ordinal))
            errors.Add(new($"{path}.{name}", $"{name} applies only to {string.Join(" and ", takers)} triggers, not {type}"));
    }
}
