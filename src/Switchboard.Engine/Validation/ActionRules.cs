using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for one workflow action: a registered type, a valid delay, then the type's own rules.</summary>
internal static class ActionRules
{
    public static void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (!Registered.Actions.TryGet(action.Type, out var type))
        {
            errors.Add(new ValidationError($"{path}.type", $"unknown action type '{action.Type}'; expected one of {string.Join(", ", Registered.Actions.Names)}"));
            return;
        }
        if (action.Delay is not null && !IsoDuration.TryParse(action.Delay, out _))
            errors.Add(new ValidationError($"{path}.delay", $"\"{action.Delay}\" is not {IsoDuration.Hint}"));
        type.Validate(action, path, config, errors);
    }
}
