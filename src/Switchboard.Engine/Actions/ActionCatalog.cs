using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Actions;

/// <summary>The action types this build knows, by their "type" name.</summary>
public static class ActionCatalog
{
    private static readonly Dictionary<string, IActionType> Types = new IActionType[]
    {
        new AssignAction(), new SetFieldAction(), new SetStageAction(),
        new NotifyAction(), new WebhookAction(), new SendEmailAction(), new CreateTaskAction(),
        new AddToListAction(), new RemoveFromListAction(), new AddToCampaignAction(),
    }.ToDictionary(a => a.Type, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Types.Keys;

    public static IActionType Get(string type) =>
        Types.TryGetValue(type, out var action) ? action : throw new ArgumentException($"unknown action type '{type}'", nameof(type));

    public static void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (!Types.TryGetValue(action.Type, out var type))
        {
            errors.Add(new ValidationError($"{path}.type", $"unknown action type '{action.Type}'; expected one of {string.Join(", ", Types.Keys)}"));
            return;
        }
        if (action.Delay is not null && !IsoDuration.TryParse(action.Delay, out _))
            errors.Add(new ValidationError($"{path}.delay", $"\"{action.Delay}\" is not {IsoDuration.Hint}"));
        type.Validate(action, path, config, errors);
    }
}
