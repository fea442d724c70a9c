using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Validation;

/// <summary>
/// Rules for a shark_tank pool: claimWindow (required ISO-8601 duration), afterWindow (a registered strategy,
/// so not shark_tank; default round_robin), maxOpenClaims (1 or more when set). On other pools the
/// same fields are checked when present.
/// </summary>
internal static class SharkTankRules
{
    public static void Validate(Pool pool, string path, List<ValidationError> errors)
    {
        var isSharkTank = pool.Strategy == Pool.Strategies.SharkTank;
        if (pool.ClaimWindow is null)
        {
            if (isSharkTank) errors.Add(new(path + ".claimWindow", "a shark_tank pool needs a claimWindow: " + IsoDuration.Hint));
        }
        else if (!IsoDuration.TryParse(pool.ClaimWindow, out _))
        {
            errors.Add(new(path + ".claimWindow", $"\"{pool.ClaimWindow}\" is not {IsoDuration.Hint}"));
        }
        if (pool.AfterWindow is { } after && !Registered.Strategies.TryGet(after, out _))
            errors.Add(new(path + ".afterWindow", $"afterWindow must be one of {string.Join(", ", Registered.Strategies.Names)} (got \"{after}\")"));
        if (pool.MaxOpenClaims is { } max && max < 1)
            errors.Add(new(path + ".maxOpenClaims", $"must be 1 or more (got {max})"));
    }
}
