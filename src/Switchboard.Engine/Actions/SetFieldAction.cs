using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>set_field: writes a standard field ("industry") or a custom one ("fields.導入検討時期").</summary>
internal sealed class SetFieldAction : IActionType
{
    private const string CustomPrefix = "fields.";

    public string Type => "set_field";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(action.Field))
            errors.Add(new ValidationError($"{path}.field", "set_field needs a field"));
        else if (!action.Field.StartsWith(CustomPrefix, StringComparison.Ordinal) && !LeadFields.Standard.Contains(action.Field))
            errors.Add(new ValidationError($"{path}.field", $"'{action.Field}' is neither a standard lead field nor a custom 'fields.X'"));
        else if (action.Field.Length == CustomPrefix.Length && action.Field.StartsWith(CustomPrefix, StringComparison.Ordinal))
            errors.Add(new ValidationError($"{path}.field", "a custom field needs a name after 'fields.'"));
        if (action.Value is null || action.Value.Value.ValueKind == JsonValueKind.Undefined)
            errors.Add(new ValidationError($"{path}.value", "set_field needs a value (null clears the field)"));
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var field = action.Field!;
        var value = action.Value is { } v ? NodeOf(v) : null;
        var target = ev.Lead.Data;
        var key = field;
        if (field.StartsWith(CustomPrefix, StringComparison.Ordinal))
        {
            if (target["fields"] is not JsonObject custom) target["fields"] = custom = new JsonObject();
            target = custom;
            key = field[CustomPrefix.Length..];
        }
        if (value is null) target.Remove(key);
        else target[key] = value;
        ev.Facts.Refresh(ev.Lead, field);
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.SetField, $"workflow {workflow.Id} set {field}"));
    }

    /// <summary>
    /// A new node over the configured value (what parsing its text would give, without the parsing): the
    /// element is immutable, so every lead gets its own node over the same data.
    /// </summary>
    private static JsonNode? NodeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(value),
        JsonValueKind.Array => JsonArray.Create(value),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(value),
    };
}
