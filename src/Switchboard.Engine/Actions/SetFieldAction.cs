using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>set_field: writes a standard field ("industry") or a custom one ("fields.導入検討時期").</summary>
public sealed class SetFieldAction : IActionType
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
        var plan = PlanOf(action, workflow);
        var value = action.Value is { } v ? NodeOf(v) : null;
        var target = ev.Lead.Data;
        if (plan.Custom)
        {
            if (target["fields"] is not JsonObject custom) target["fields"] = custom = new JsonObject();
            target = custom;
        }
        if (value is null) target.Remove(plan.Key);
        else target[plan.Key] = value;
        ev.Facts.Refresh(ev.Lead, field);
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, "set_field", plan.Why));
    }

    /// <summary>An action's key in the lead data (under "fields" when custom) and its decision's why, made on its first run.</summary>
    private sealed record Plan(string WorkflowId, bool Custom, string Key, string Why);

    /// <summary>Per action object, so per configuration version; dropped with the configuration.</summary>
    private static readonly ConditionalWeakTable<WorkflowAction, Plan> Plans = new();

    private static Plan PlanOf(WorkflowAction action, CompiledWorkflow workflow)
    {
        // A workflow copied with another id shares its action objects: the why names the workflow running it.
        if (Plans.TryGetValue(action, out var plan) && plan.WorkflowId == workflow.Id) return plan;
        var field = action.Field!;
        var custom = field.StartsWith(CustomPrefix, StringComparison.Ordinal);
        plan = new Plan(workflow.Id, custom, custom ? field[CustomPrefix.Length..] : field, $"workflow {workflow.Id} set {field}");
        Plans.AddOrUpdate(action, plan);
        return plan;
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
