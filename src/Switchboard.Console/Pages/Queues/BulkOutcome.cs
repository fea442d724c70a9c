using Switchboard.Application.Routing;

namespace Switchboard.Web.Pages.Queues;

/// <summary>What a bulk assignment did: how many leads it assigned, and each lead it could not assign with the refusal's kind.</summary>
public sealed record BulkOutcome(int Assigned, IReadOnlyList<(string Lead, LeadOutcomeKind Kind)> Failures)
{
    /// <summary>The Queues page's text key saying why a lead was not assigned.</summary>
    public static string FailureKey(LeadOutcomeKind kind) => kind switch
    {
        LeadOutcomeKind.NotFound => "FailureNotFound",
        LeadOutcomeKind.Invalid => "FailureInvalid",
        LeadOutcomeKind.Forbidden => "FailureForbidden",
        _ => "FailureConflict",
    };
}
