using Switchboard.Application.Routing;

namespace Switchboard.Web.Pages.Work;

/// <summary>
/// Where a refused lead action is shown on a card and in which words (the service's own details are English): at the
/// field it names (amount, pipeline, stage, reason), else for the whole card.
/// </summary>
public static class ActionErrors
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["amount"] = "WorkErrorAmount", ["pipeline"] = "ErrorPipeline", ["stage"] = "ErrorStage", ["reason"] = "ErrorReason",
    };

    /// <summary>The field (null: the card) and the text key of the refusal; null when the action was done.</summary>
    public static (string? Field, string TextKey)? Of(LeadOutcome outcome) => outcome.Kind switch
    {
        LeadOutcomeKind.Invalid when outcome.ErrorPath is { } path && Fields.TryGetValue(path, out var key) => (path, key),
        LeadOutcomeKind.Invalid or LeadOutcomeKind.Conflict => (null, "ErrorLeadClosed"),
        LeadOutcomeKind.NotFound or LeadOutcomeKind.Forbidden => (null, "ErrorLeadGone"),
        _ => null,
    };
}
