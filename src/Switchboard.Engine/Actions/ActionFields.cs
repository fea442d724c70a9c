using Switchboard.Engine.Messages;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Actions;

/// <summary>Checks shared by the follow-up actions' parameters; every error names the parameter's path.</summary>
internal static class ActionFields
{
    /// <summary>False (with an error at <paramref name="path"/>) when <paramref name="value"/> is missing or blank.</summary>
    public static bool Required(string? value, string path, string message, List<ValidationError> errors)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        errors.Add(new(path, message));
        return false;
    }

    /// <summary>An absolute http(s) URL.</summary>
    public static void Url(string? url, string path, string type, List<ValidationError> errors)
    {
        if (!Required(url, path, $"{type} needs a url", errors)) return;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors.Add(new(path, $"\"{url}\" is not an absolute http or https URL"));
    }

    /// <summary>Checks the placeholders of an optional template.</summary>
    public static void Template(string? text, string path, List<ValidationError> errors)
    {
        if (text is not null) Messages.Template.Validate(text, path, errors);
    }

    public static void RequiredTemplate(string? text, string path, string message, List<ValidationError> errors)
    {
        if (Required(text, path, message, errors)) Messages.Template.Validate(text!, path, errors);
    }

    /// <summary>"owner", "manager", a configured rep id, or an email address.</summary>
    public static void Recipient(string? to, string path, Model.RoutingConfig config, List<ValidationError> errors)
    {
        if (!Required(to, path, "an email notification needs \"to\": owner, manager, a rep id or an address", errors)) return;
        if (to is Recipients.Owner or Recipients.Manager || Recipients.IsAddress(to!)) return;
        if (config.Reps?.Any(r => r?.Id == to) != true)
            errors.Add(new(path, $"\"{to}\" is neither owner, manager, a configured rep id nor an email address"));
    }
}
