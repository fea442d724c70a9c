using System.Text.RegularExpressions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for one web form (forms[i]) and for the formId of form.submitted triggers.</summary>
internal static partial class FormRules
{
    public const int MaxKeyLength = 100;

    public static void Validate(Form form, string path, List<ValidationError> errors)
    {
        IdRules.Check(form.Id, path, errors);
        if (form.Name is null) errors.Add(new(path + ".name", "must be a string"));
        if (form.Language is null || !LanguageTag().IsMatch(form.Language))
            errors.Add(new(path + ".language", $"\"{form.Language}\" is not a language tag such as ja, ko, de, en or pt-BR"));
        if (form.Redirect is { } redirect && !IsWebAddress(redirect))
            errors.Add(new(path + ".redirect", "must be an absolute http or https URL, or null"));
        CheckFields(form.Fields, path + ".fields", errors);
        if (form.Honeypot is { } honeypot)
        {
            if (!IsKey(honeypot)) errors.Add(new(path + ".honeypot", $"must be 1 to {MaxKeyLength} characters without control characters"));
            else if (form.Fields?.Any(f => f?.Key == honeypot) ?? false) errors.Add(new(path + ".honeypot", $"\"{honeypot}\" is also a field key; the honeypot needs a name of its own"));
        }
    }

    /// <summary>form.submitted may name one form (an existing one); other triggers take no formId.</summary>
    public static void CheckTrigger(Trigger? trigger, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (trigger?.FormId is not { } formId) return;
        if (trigger.Type != Triggers.FormSubmitted)
            errors.Add(new(path + ".formId", $"formId belongs to the {Triggers.FormSubmitted} trigger, not {trigger.Type}"));
        else if (!context.FormIds.Contains(formId))
            errors.Add(new(path + ".formId", $"unknown form \"{formId}\""));
    }

    private static void CheckFields(List<FormField>? fields, string path, List<ValidationError> errors)
    {
        if (fields is not { Count: > 0 })
        {
            errors.Add(new(path, "a form needs at least one field"));
            return;
        }
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var fieldPath = $"{path}[{i}]";
            if (fields[i] is not { } field)
            {
                errors.Add(new(fieldPath, "must be a field object, not null"));
                continue;
            }
            CheckField(field, fieldPath, errors);
            if (field.Key is { Length: > 0 } key && !keys.TryAdd(key, i))
                errors.Add(new(fieldPath + ".key", $"duplicate key \"{key}\" (also {path}[{keys[key]}])"));
            if (field.Key is { Length: > 0 } && !targets.TryAdd(field.Target, i))
                errors.Add(new(fieldPath + ".mapsTo", $"\"{field.Target}\" is already filled by {path}[{targets[field.Target]}]"));
        }
    }

    private static void CheckField(FormField field, string path, List<ValidationError> errors)
    {
        if (!IsKey(field.Key)) errors.Add(new(path + ".key", $"key is required: 1 to {MaxKeyLength} characters without control characters"));
        if (string.IsNullOrWhiteSpace(field.Label)) errors.Add(new(path + ".label", "label is required"));
        if (field.Type is null || !FormFieldTypes.All.Contains(field.Type, StringComparer.Ordinal))
        {
            errors.Add(new(path + ".type", $"unknown field type \"{field.Type}\"; known types: {string.Join(", ", FormFieldTypes.All)}"));
            return;
        }
        CheckOptions(field, path + ".options", errors);
        CheckMapsTo(field, path + ".mapsTo", errors);
    }

    private static void CheckOptions(FormField field, string path, List<ValidationError> errors)
    {
        if (!FormFieldTypes.HasOptions(field.Type))
        {
            if (field.Options is not null) errors.Add(new(path, $"options are only for {FormFieldTypes.Select} and {FormFieldTypes.MultiSelect} fields"));
            return;
        }
        if (field.Options is not { Count: > 0 } options)
        {
            errors.Add(new(path, $"a {field.Type} field needs at least one option"));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options[i])) errors.Add(new($"{path}[{i}]", "an option must be a non-empty string"));
            else if (!seen.Add(options[i])) errors.Add(new($"{path}[{i}]", $"duplicate option \"{options[i]}\""));
        }
    }

    private static void CheckMapsTo(FormField field, string path, List<ValidationError> errors)
    {
        if (field.MapsTo is not { } target) return;
        if (target.StartsWith(FormFieldTypes.CustomPrefix, StringComparison.Ordinal))
        {
            if (target.Length - FormFieldTypes.CustomPrefix.Length is 0 or > MaxKeyLength)
                errors.Add(new(path, $"a custom field name after \"fields.\" needs 1 to {MaxKeyLength} characters"));
            return;
        }
        if (!LeadFields.Standard.Contains(target, StringComparer.Ordinal))
            errors.Add(new(path, $"unknown lead field \"{target}\": use a standard field ({string.Join(", ", LeadFields.Standard)}) or \"fields.X\""));
        else if (field.Type == FormFieldTypes.MultiSelect && target != "productInterest")
            errors.Add(new(path, $"a {FormFieldTypes.MultiSelect} field gives a list; map it to productInterest or to \"fields.X\""));
    }

    private static bool IsKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && !string.IsNullOrWhiteSpace(key) && !key.Any(char.IsControl);

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
