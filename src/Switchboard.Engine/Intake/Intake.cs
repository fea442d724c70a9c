using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Intake;

/// <summary>A new submission: its data as validated, its external id and the client's idempotency key.</summary>
public sealed record Submission(JsonObject Data, string? ExternalId, string? IdempotencyKey)
{
    /// <summary>What this submission is de-duplicated on.</summary>
    public ContactMatch Keys => _keys ??= ContactMatch.Of(ExternalId, Data);
    private ContactMatch? _keys;
}

/// <summary>
/// What intake knows about a submission's past, as the caller read it: the lead a request with the same idempotency
/// key created or was merged into, and the open leads matching <see cref="IntakeRules.MatchOn"/>, newest first.
/// </summary>
public sealed record IntakeFacts(Lead? CreatedWithKey, Lead? MergedWithKey, IReadOnlyList<Lead> OpenDuplicates);

public enum IntakeKind { Create, Replay, Merge }

/// <summary>
/// What to do with a submission. Replay: answer with <see cref="Lead"/> as first stored (<see cref="DuplicateOf"/> set
/// when the first request was merged). Merge: fill <see cref="Lead"/>'s empty fields (<see cref="MatchedBy"/> says how it matched).
/// </summary>
public sealed record IntakeDecision(IntakeKind Kind, Lead? Lead = null, string? MatchedBy = null, string? DuplicateOf = null)
{
    public static readonly IntakeDecision Create = new(IntakeKind.Create);
}

/// <summary>
/// The intake rules. A repeated idempotency key replays the first result. Under settings.dedupe "merge" (the default)
/// a submission matching an open lead by external id, email or phone (best kind first, the newest lead on a tie) is
/// merged into it, except that an external id match adding nothing is a retry and replays; under "create" only a
/// repeated external id replays. Anything else creates a lead.
/// </summary>
public static class IntakeRules
{
    /// <summary>
    /// What the caller must find open duplicates by: every key under "merge", the external id alone under "create"
    /// (a repeated external id is a retry), nothing when there is nothing to match.
    /// </summary>
    public static ContactMatch? MatchOn(string? policy, Submission submission) =>
        policy == DedupePolicies.Create
            ? submission.ExternalId is { } externalId ? new ContactMatch(externalId, null, null) : null
            : submission.Keys.IsEmpty ? null : submission.Keys;

    public static IntakeDecision Decide(string? policy, Submission submission, IntakeFacts facts)
    {
        if (facts.CreatedWithKey is { } first) return new(IntakeKind.Replay, first);
        if (facts.MergedWithKey is { } into) return new(IntakeKind.Replay, into, DuplicateOf: into.Id);
        if (MatchOn(policy, submission) is not { } keys || BestDuplicate(keys, facts.OpenDuplicates) is not var (lead, matchedBy))
            return IntakeDecision.Create;
        if (policy == DedupePolicies.Create) return new(IntakeKind.Replay, lead);
        return matchedBy == MatchedBy.ExternalId && EmptyFields.AddsNothing(lead.Data, submission.Data)
            ? new(IntakeKind.Replay, lead)
            : new(IntakeKind.Merge, lead, matchedBy, lead.Id);
    }

    /// <summary>The open lead that best matches the keys, and how; among equal matches the first (newest) wins.</summary>
    public static (Lead Lead, string MatchedBy)? BestDuplicate(ContactMatch keys, IEnumerable<Lead> newestFirst)
    {
        if (keys.IsEmpty) return null;
        (Lead Lead, int Kind)? best = null;
        foreach (var lead in newestFirst)
            if (lead.IsOpen && keys.KindOf(lead) is { } kind && (best is null || kind < best.Value.Kind))
                best = (lead, kind);
        return best is { } found ? (found.Lead, ContactMatch.Kinds[found.Kind]) : null;
    }
}
