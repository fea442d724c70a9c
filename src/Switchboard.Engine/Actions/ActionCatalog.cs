using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Actions;

/// <summary>
/// Placeholder so configuration validation compiles: the action catalogue (its own branch) replaces
/// this file. It only checks that the action type is one of the first three.
/// </summary>
public static class ActionCatalog
{
    private static readonly string[] Types = ["assign", "set_field", "set_stage"];

    public static void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (!Types.Contains(action.Type, StringComparer.Ordinal))
            errors.Add(new(path + ".type", $"unknown action type \"{action.Type}\"; known types: {string.Join(", ", Types)}"));
    }
}
