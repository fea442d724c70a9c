using Switchboard.Engine.Model;
using Switchboard.Engine.Registries;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for one pool: id, strategy, members, eligibility, whenNoneEligible and overflow, sla, shark tank.</summary>
internal static class PoolRules
{
    /// <summary>The registered strategies, and shark_tank, which opens a claim window instead of picking.</summary>
    public static readonly IReadOnlyList<string> Strategies = [.. Registered.Strategies.Names, Pool.Strategies.SharkTank];

    public static void Validate(Pool pool, string path, ConfigIndex context, List<ValidationError> errors)
    {
        IdRules.Check(pool.Id, path, errors);
        if (pool.Strategy is null || !Strategies.Contains(pool.Strategy, StringComparer.Ordinal))
            errors.Add(new(path + ".strategy", $"strategy must be one of {string.Join(", ", Strategies)} (got {Quote(pool.Strategy)})"));
        CheckMembers(pool.Members, path + ".members", context, errors);
        if (pool.Eligibility?.MatchSkills is { } skills) CheckSkills(skills, path + ".eligibility.matchSkills", errors);
        if (pool.WhenNoneEligible is null || !Pool.NoneEligible.All.Contains(pool.WhenNoneEligible, StringComparer.Ordinal))
            errors.Add(new(path + ".whenNoneEligible", $"whenNoneEligible must be one of {string.Join(", ", Pool.NoneEligible.All)} (got {Quote(pool.WhenNoneEligible)})"));
        CheckOverflow(pool, path + ".overflowPool", context, errors);
        if (pool.Sla is { } sla) SlaRules.Validate(sla, path + ".sla", errors);
        SharkTankRules.Validate(pool, path, errors);
    }

    private static void CheckMembers(List<PoolMember>? members, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (members is not { Count: > 0 })
        {
            errors.Add(new(path, "a pool needs at least one member"));
            return;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var memberPath = $"{path}[{i}]";
            if (members[i] is not { } member)
            {
                errors.Add(new(memberPath, "must be an object with repId"));
                continue;
            }
            if (string.IsNullOrEmpty(member.RepId))
                errors.Add(new(memberPath + ".repId", "repId is required"));
            else if (seen.TryGetValue(member.RepId, out var earlier))
                errors.Add(new(memberPath + ".repId", $"duplicate member \"{member.RepId}\" (also {path}[{earlier}])"));
            else
            {
                seen[member.RepId] = i;
                if (!context.RepIds.Contains(member.RepId))
                    errors.Add(new(memberPath + ".repId", $"unknown rep \"{member.RepId}\""));
            }
            if (member.Weight < 0)
                errors.Add(new(memberPath + ".weight", $"weight must be 0 or more (got {member.Weight})"));
        }
    }

    private static void CheckSkills(List<string> skills, string path, List<ValidationError> errors)
    {
        for (var i = 0; i < skills.Count; i++)
            if (string.IsNullOrWhiteSpace(skills[i]))
                errors.Add(new($"{path}[{i}]", "a skill dimension must be a non-empty string"));
    }

    private static void CheckOverflow(Pool pool, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (pool.OverflowPool is not { } target)
        {
            if (pool.WhenNoneEligible == Pool.NoneEligible.Overflow)
                errors.Add(new(path, "whenNoneEligible \"overflow\" needs an overflowPool"));
            return;
        }
        if (target == pool.Id)
            errors.Add(new(path, "overflowPool must be a different pool"));
        else if (!context.PoolIds.Contains(target))
            errors.Add(new(path, $"unknown pool \"{target}\""));
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";
}
