using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Forms;

/// <summary>
/// Checks a submission against its form (required, email, number, select options, length) with messages in
/// the form's language, and maps the values onto a lead body: standard fields at the top, "fields.X" under
/// "fields", source "web_form" unless a field fills it. Values are kept as sent.
/// </summary>
public static partial class FormCheck
{
    public const string DefaultSource = "web_form";
    public const int MaxText = 1000;
    public const int MaxTextarea = 10000;
    private static readonly HashSet<string> NumberTargets = ["employees", "dealSize"];

    /// <summary>Errors keyed by field key (empty when the submission is valid); <paramref name="lead"/> is the lead body.</summary>
    public static Dictionary<string, string> Check(Form form, FormInput input, FormTexts texts, out JsonObject lead)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        lead = new JsonObject();
        var custom = new JsonObject();
        foreach (var field in form.Fields)
        {
            var value = Read(field, input, texts, out var error);
            if (error is not null) errors[field.Key] = error;
            if (value is null || error is not null) continue;
            if (field.Target.StartsWith(FormFieldTypes.CustomPrefix, StringComparison.Ordinal))
                custom[field.Target[FormFieldTypes.CustomPrefix.Length..]] = value;
            else
                lead[field.Target] = value;
        }
        if (custom.Count > 0) lead["fields"] = custom;
        if (!lead.ContainsKey("source")) lead["source"] = DefaultSource;
        return errors;
    }

    private static JsonNode? Read(FormField field, FormInput input, FormTexts texts, out string? error)
    {
        error = null;
        if (input.IsMalformed(field.Key))
        {
            error = texts.Invalid;
            return null;
        }
        var values = input.Filled(field.Key);
        if (values.Count == 0)
        {
            if (field.Required) error = texts.Required;
            return null;
        }
        if (field.Type == FormFieldTypes.MultiSelect)
        {
            var chosen = values.Select(FormInput.Text).ToList();
            if (chosen.Any(c => !field.Options!.Contains(c))) error = texts.Option;
            return new JsonArray([.. chosen.Select(c => (JsonNode)JsonValue.Create(c))]);
        }
        if (values.Count > 1)
        {
            error = texts.OneValue;
            return null;
        }
        var text = FormInput.Text(values[0]);
        error = Problem(field, text, texts);
        var keepNumber = values[0].GetValueKind() == JsonValueKind.Number
            && (NumberTargets.Contains(field.Target) || field.Target.StartsWith(FormFieldTypes.CustomPrefix, StringComparison.Ordinal));
        return keepNumber ? values[0].DeepClone() : JsonValue.Create(text);
    }

    private static string? Problem(FormField field, string text, FormTexts texts)
    {
        var max = field.Type == FormFieldTypes.Textarea ? MaxTextarea : MaxText;
        if (text.Length > max) return string.Format(texts.TooLong, max);
        if ((field.Type == FormFieldTypes.Email || field.Target == "email") && !IsEmail(text.Trim())) return texts.Email;
        if (field.Type == FormFieldTypes.Number && !IsNumber(text)) return texts.Number;
        if (field.Type == FormFieldTypes.Select && !field.Options!.Contains(text)) return texts.Option;
        return null;
    }

    private static bool IsEmail(string text) => text.Length <= 254 && EmailShape().IsMatch(text);

    private static bool IsNumber(string text) =>
        TextNormalizer.TryParseNumber(TextNormalizer.Normalize(text), out var number) && double.IsFinite(number);

    /// <summary>local@domain.tld: no spaces, one @, a dot in the domain (any script: 山田@例え.jp passes).</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailShape();
}
