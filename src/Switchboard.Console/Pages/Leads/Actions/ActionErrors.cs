using Microsoft.Extensions.Localization;
using Switchboard.Application.Routing;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Actions;

/// <summary>
/// A refused lead or deal command as the person reads it (the service's own details are English), on the lead page
/// and on the workspace's cards alike: the field the service named, where a page shows it at that input, and the text.
/// </summary>
public static class ActionErrors
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["stage"] = "ErrorUnknownStage", ["repId"] = "ErrorUnknownRep", ["pipeline"] = "ErrorUnknownPipeline",
        ["amount"] = "ErrorAmount", ["type"] = "ErrorEventType",
    };

    /// <summary>The field the refusal names (null: the lead as a whole) and its text in <see cref="LeadsText"/>; null when the command was done.</summary>
    public static (string? Field, string TextKey)? Of(LeadOutcome outcome) => outcome.Kind switch
    {
        LeadOutcomeKind.Invalid when outcome.ErrorPath is { } path && Fields.TryGetValue(path, out var key) => (path, key),
        LeadOutcomeKind.Invalid when outcome.ErrorPath == "status" => (null, "ErrorClosedLead"),
        LeadOutcomeKind.Invalid or LeadOutcomeKind.Conflict => (null, "ErrorRefused"),
        LeadOutcomeKind.Forbidden => (null, "ErrorNotYours"),
        LeadOutcomeKind.NotFound => (null, "LeadNotFound"),
        _ => null,
    };

    /// <summary>The refusal's text in the viewer's language; null when the command was done.</summary>
    public static string? Text(LeadOutcome outcome, IStringLocalizer<LeadsText> texts) => Of(outcome) is { } refused ? texts[refused.TextKey].Value : null;
}
