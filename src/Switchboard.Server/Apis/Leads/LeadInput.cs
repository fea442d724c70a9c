using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Apis.Leads;

/// <summary>Structural checks of lead bodies; values themselves are kept exactly as received.</summary>
public static class LeadInput
{
    private static readonly HashSet<string> Text =
        ["email", "phone", "firstName", "lastName", "company", "title", "website", "country", "region", "city", "industry", "source"];
    private static readonly HashSet<string> NumberOrText = ["employees", "dealSize"];

    /// <summary>Checks a new lead; fills <paramref name="externalId"/> and returns the data to store (without externalId).</summary>
    public static List<ValidationError> ValidateCreate(JsonObject body, out string? externalId, out JsonObject data)
    {
        var errors = new List<ValidationError>();
        externalId = null;
        data = new JsonObject();
        foreach (var (key, value) in body)
        {
            if (key == "externalId")
            {
                if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length is > 0 and <= 200)
                    externalId = v.GetValue<string>();
                else if (value is not null)
                    errors.Add(new ValidationError("externalId", "must be a non-empty string of at most 200 characters"));
                continue;
            }
            if (CheckField(key, value, errors)) data[key] = value?.DeepClone();
        }
        if (!Identifies(data, externalId))
            foreach (var field in LeadFields.Identifying) errors.Add(new ValidationError(field, LeadFields.IdentifyingRule));
        return errors;
    }

    private static bool Identifies(JsonObject data, string? externalId) =>
        !string.IsNullOrWhiteSpace(externalId)
        || LeadFields.Identifying.Any(field => data[field] is JsonValue value
            && value.GetValueKind() == JsonValueKind.String && StringValue.HasText(value));

    /// <summary>Checks a PATCH: fields as on create (null clears), plus "stage" (a string; the caller checks it against the configured stages) and "status" (only "disqualified").</summary>
    public static List<ValidationError> ValidatePatch(JsonObject body, out JsonObject fields, out string? stage, out string? status)
    {
        var errors = new List<ValidationError>();
        fields = new JsonObject();
        stage = status = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "stage":
                    stage = value is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : null;
                    if (stage is null) errors.Add(new ValidationError("stage", "must be a lead stage name"));
                    break;
                case "status":
                    status = value is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
                    if (status != LeadStatus.Disqualified)
                        errors.Add(new ValidationError("status", "only \"disqualified\" can be set here; routing sets the other statuses"));
                    break;
                default:
                    if (CheckField(key, value, errors, allowNull: true)) fields[key] = value?.DeepClone();
                    break;
            }
        }
        return errors;
    }

    private static bool CheckField(string key, JsonNode? value, List<ValidationError> errors, bool allowNull = false)
    {
        if (value is null)
        {
            if (allowNull || key != "fields") return true;
            errors.Add(new ValidationError(key, "must be an object"));
            return false;
        }
        var kind = value.GetValueKind();
        string? problem = key switch
        {
            "fields" => kind == JsonValueKind.Object ? CheckCustom(value.AsObject(), errors) : "must be an object of custom fields",
            "productInterest" => kind == JsonValueKind.String || (kind == JsonValueKind.Array && value.AsArray().All(i => i?.GetValueKind() == JsonValueKind.String))
                ? TooLong(value.ToJsonString().Length, MaxText) : "must be a string or a list of strings",
            "email" when kind == JsonValueKind.String && !StringValue.Contains(value.AsValue(), '@') => "is not an email address",
            _ when Text.Contains(key) => kind != JsonValueKind.String ? "must be a string" : TooLong(StringValue.Length(value.AsValue()), MaxLength(key)),
            _ when NumberOrText.Contains(key) => kind == JsonValueKind.String ? TooLong(StringValue.Length(value.AsValue()), MaxNumberText)
                : kind == JsonValueKind.Number ? null : "must be a number or a string",
            _ => $"unknown field '{key}': standard fields are {string.Join(", ", LeadFields.Standard)}; put anything else under \"fields\"",
        };
        if (problem is null) return true;
        if (problem.Length > 0) errors.Add(new ValidationError(key, problem));
        return false;
    }

    /// <summary>Longest email (RFC 5321's 64 + 1 + 255), phone, number written as text, and any other standard text field.</summary>
    public const int MaxEmail = 320, MaxPhone = 64, MaxNumberText = 100, MaxText = 1_000;

    private static int MaxLength(string key) => key switch { "email" => MaxEmail, "phone" => MaxPhone, _ => MaxText };

    private static string? TooLong(int length, int max) => length > max ? $"is too long: at most {max} characters (got {length})" : null;

    private static string? CheckCustom(JsonObject custom, List<ValidationError> errors)
    {
        var before = errors.Count;
        foreach (var (key, value) in custom)
        {
            if (key.Length is 0 or > 100) errors.Add(new ValidationError($"fields.{key}", "a custom field name needs 1 to 100 characters"));
            if (value?.GetValueKind() == JsonValueKind.Object) errors.Add(new ValidationError($"fields.{key}", "must be a string, number, boolean or list, not an object"));
        }
        return errors.Count == before ? null : "";
    }
}
