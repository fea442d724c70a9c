using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Engine.Model;

/// <summary>
/// A public web form (GET/POST /f/{id}): its fields, each mapped to a standard lead field or a custom
/// "fields.X", in the form's language; a honeypot field that people never fill; what to show after.
/// </summary>
public sealed record Form
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>BCP 47 tag of the page and its messages (ja, ko, de, en…; others fall back to English messages).</summary>
    public string Language { get; init; } = "en";
    /// <summary>The name of a hidden input only bots fill; a submission that fills it is dropped silently.</summary>
    public string? Honeypot { get; init; }
    public List<FormField> Fields { get; init; } = [];
    /// <summary>The thank-you text shown after a submission (a default in the form's language when null).</summary>
    public string? ThankYou { get; init; }
    /// <summary>An absolute http(s) URL the browser is sent to (303) after a submission, instead of the thank-you page.</summary>
    public string? Redirect { get; init; }

    /// <summary>
    /// The API's answers about a form add "embed" and "stats"; on input both are accepted and dropped, so
    /// reading a form, editing it and writing it back works. They are never stored.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Embed { get => null; init { } }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Stats { get => null; init { } }
}

public sealed record FormField
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public string Type { get; init; } = FormFieldTypes.Text;
    public bool Required { get; init; }
    /// <summary>select and multi-select: the values offered.</summary>
    public List<string>? Options { get; init; }
    /// <summary>A standard lead field ("email", "region"…) or "fields.X"; null stores the value as "fields.{key}".</summary>
    public string? MapsTo { get; init; }

    /// <summary>Where the value goes in the lead: the standard field, or "fields.X".</summary>
    [JsonIgnore]
    public string Target => MapsTo ?? $"{FormFieldTypes.CustomPrefix}{Key}";
}

public static class FormFieldTypes
{
    public const string Text = "text";
    public const string Email = "email";
    public const string Tel = "tel";
    public const string Select = "select";
    public const string MultiSelect = "multi-select";
    public const string Textarea = "textarea";
    public const string Number = "number";
    public const string CustomPrefix = "fields.";
    public static readonly string[] All = [Text, Email, Tel, Select, MultiSelect, Textarea, Number];

    public static bool HasOptions(string type) => type is Select or MultiSelect;
}
