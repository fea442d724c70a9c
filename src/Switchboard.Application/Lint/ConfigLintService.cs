using System.Text.RegularExpressions;
using NodaTime;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.Lint;

/// <summary>
/// Runs <see cref="ConfigLint"/> on a configuration with the facts it needs from storage: the custom field names of the
/// newest <see cref="LeadsRead"/> leads, and per pool the leads it assigned in the last 30 days and how many were touched.
/// Reads only; two bounded statements per run.
/// </summary>
public sealed partial class ConfigLintService(ISwitchboardStore store, IClock clock)
{
    /// <summary>How many of the newest leads the custom field names are read from.</summary>
    public const int LeadsRead = 5000;

    /// <summary>How long <see cref="RecentFactsAsync"/> reuses the facts it read.</summary>
    public static readonly Duration FactsReuse = Duration.FromMinutes(1);

    /// <summary>Replaced whole (a reference), so concurrent saves read either the old facts or the new.</summary>
    private RecentFacts? _recent;

    /// <summary>
    /// The facts as of at most <see cref="FactsReuse"/> ago: every configuration save lints, and a rep editing their
    /// out-of-office should not pay for two reads of lead data each time. <c>POST /api/config/lint</c> reads afresh.
    /// </summary>
    public async Task<LintFacts> RecentFactsAsync(CancellationToken ct = default)
    {
        var now = clock.GetCurrentInstant();
        if (_recent is { } recent && now - recent.Read < FactsReuse && now >= recent.Read) return recent.Facts;
        var facts = await FactsAsync(ct);
        _recent = new RecentFacts(now, facts);
        return facts;
    }

    public async Task<LintFacts> FactsAsync(CancellationToken ct = default)
    {
        var fields = await store.GetCustomFieldNamesAsync(LeadsRead, ct);
        var pools = await store.CountPoolAssignmentsAsync(clock.GetCurrentInstant() - LintFacts.Window, ct);
        return new LintFacts
        {
            CustomFieldsSeen = fields.Names,
            LeadsRead = fields.LeadsRead,
            Pools = pools.ToDictionary(p => p.PoolId, p => new PoolActivity(p.Assigned, p.Touched), StringComparer.Ordinal),
        };
    }

    public IReadOnlyList<LintFinding> Run(RoutingConfig config, LintFacts facts) => ConfigLint.Run(config, facts, clock.GetCurrentInstant());

    /// <summary>The findings for a configuration (expected to be valid: see <see cref="Prepare"/>).</summary>
    public async Task<IReadOnlyList<LintFinding>> LintAsync(RoutingConfig config, CancellationToken ct = default) =>
        Run(config, await FactsAsync(ct));

    /// <summary>
    /// A draft as a save would take it (redacted secrets kept from <paramref name="current"/>), and what validation finds
    /// wrong with it: a draft with errors is not linted.
    /// </summary>
    public static (RoutingConfig Draft, IReadOnlyList<ValidationError> Errors) Prepare(RoutingConfig draft, RoutingConfig current)
    {
        var kept = ConfigSecrets.Keep(draft, current) with { Version = 0 };
        return (kept, [.. ConfigSecrets.Unresolved(kept).Concat(ConfigValidator.Validate(kept))]);
    }

    /// <summary>
    /// What a save of <paramref name="next"/> (whose findings are <paramref name="findings"/>) refuses: its lint errors
    /// that <paramref name="current"/> has already (same code, path and message, a workflow named by its id rather than
    /// its place) left out. An error already saved is not held against an unrelated change (a rep's out-of-office, say,
    /// or deleting a workflow before it); it is told with the warnings until someone fixes it.
    /// </summary>
    public IReadOnlyList<LintFinding> NewErrors(RoutingConfig next, IReadOnlyList<LintFinding> findings, RoutingConfig current, LintFacts facts)
    {
        if (!findings.Any(f => f.IsError)) return [];
        var known = Run(current, facts).Where(f => f.IsError).Select(f => Identity(f, current)).ToHashSet();
        return [.. findings.Where(f => f.IsError && !known.Contains(Identity(f, next)))];
    }

    private static (string Code, string Path, string Message) Identity(LintFinding finding, RoutingConfig config) =>
        (finding.Code, ById(finding.Path, config), ById(finding.Message, config));

    /// <summary>"workflows[3]" as "workflows[hokkaido]": a workflow's place moves when one before it is deleted, its id does not.</summary>
    private static string ById(string text, RoutingConfig config) =>
        WorkflowPlace().Replace(text, m => int.TryParse(m.Groups[1].ValueSpan, out var i) && i < config.Workflows.Count
            ? $"workflows[{config.Workflows[i].Id}]"
            : m.Value);

    [GeneratedRegex(@"workflows\[(\d+)\]")]
    private static partial Regex WorkflowPlace();

    private sealed record RecentFacts(Instant Read, LintFacts Facts);
}
