namespace Switchboard.Engine.Workflows;

public enum ClaimOutcome
{
    /// <summary>The rep now owns the lead.</summary>
    Claimed,
    /// <summary>The lead is not (or no longer) claimable; <see cref="ClaimResult.OwnerId"/> is who has it, if anyone.</summary>
    NotClaimable,
    /// <summary>The rep may not claim in this pool; <see cref="ClaimResult.Reason"/> says why (not_a_member, an eligibility reason…).</summary>
    NotEligible,
    /// <summary>The rep already has the pool's maxOpenClaims open leads.</summary>
    CapReached,
}

/// <summary>
/// The answer to a claim. Only <see cref="ClaimOutcome.Claimed"/> changes anything; a refused claim's
/// evaluation holds no decisions or effects (nothing to persist).
/// </summary>
public sealed record ClaimResult(ClaimOutcome Kind, Evaluation Evaluation, string? OwnerId = null, string? Reason = null);
