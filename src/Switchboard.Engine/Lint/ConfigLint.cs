using NodaTime;
using Switchboard.Engine.Lint.Rules;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint;

/// <summary>
/// Static checks of a configuration that validation lets through: fields no lead has, workflows that can never run,
/// leads nobody gets, pools that cannot assign, caps below the inflow, unused objects. Pure: the facts about stored
/// data come in <see cref="LintFacts"/>. Expects a configuration <see cref="Validation.ConfigValidator"/> accepts.
/// A new rule is its own file plus one line here.
/// </summary>
public static class ConfigLint
{
    private static readonly ILintRule[] Rules =
    [
        new UnknownFieldRule(),
        new UnseenCustomFieldRule(),
        new ContradictoryConditionsRule(),
        new ShadowedWorkflowRule(),
        new UnroutedLeadsRule(),
        new PoolMembersRule(),
        new OutOfOfficePoolRule(),
        new OverflowChainRule(),
        new IgnoredWorkingHoursRule(),
        new CapsBelowInflowRule(),
        new UnusedObjectsRule(),
        new SlaWithoutTouchesRule(),
    ];

    /// <summary>Every finding, errors first, then warnings, then information, each in document order of its rule.</summary>
    public static IReadOnlyList<LintFinding> Run(RoutingConfig config, LintFacts facts, Instant now)
    {
        var context = new LintContext(config, facts, now);
        return [.. Rules.SelectMany(rule => rule.Check(context)).OrderBy(f => LintSeverity.Rank(f.Severity))];
    }
}
