using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// Created, Replayed (a repeated request answered with its first result), Merged (a submission merged into the open
/// lead it duplicates), Updated; or refused: NotFound, Invalid (400, <see cref="LeadOutcome.ErrorPath"/> names the
/// field), Forbidden, Conflict.
/// </summary>
public enum LeadOutcomeKind { Created, Replayed, Updated, Merged, NotFound, Invalid, Forbidden, Conflict }

/// <summary>What a routing command did: the lead as stored and the decisions it made now, or why it did nothing.</summary>
public sealed record LeadOutcome(LeadOutcomeKind Kind, Lead? Lead, IReadOnlyList<Decision> Decisions, string? Error = null, string? ErrorPath = null)
{
    /// <summary>Set when the submission was merged into this existing lead (Merged, or Replayed of a merged request).</summary>
    public string? DuplicateOf { get; init; }

    public static LeadOutcome Updated(Lead? lead, IReadOnlyList<Decision> decisions) => new(LeadOutcomeKind.Updated, lead, decisions);
    public static LeadOutcome NotFound(string what) => new(LeadOutcomeKind.NotFound, null, [], what);
    public static LeadOutcome Invalid(string path, string error) => new(LeadOutcomeKind.Invalid, null, [], error, path);
    public static LeadOutcome Conflict(Lead? lead, string error) => new(LeadOutcomeKind.Conflict, lead, [], error);
    public static LeadOutcome Forbidden(string error) => new(LeadOutcomeKind.Forbidden, null, [], error);

    /// <summary>The engine's refusal as an outcome; a conflict carries the lead (its owner is shown to those who may see it).</summary>
    public static LeadOutcome Refused(Refusal refusal, Lead lead) => refusal.Kind switch
    {
        RefusalKind.Invalid => Invalid(refusal.Path, refusal.Reason),
        RefusalKind.Forbidden => Forbidden(refusal.Reason),
        _ => Conflict(lead, refusal.Reason),
    };
}
