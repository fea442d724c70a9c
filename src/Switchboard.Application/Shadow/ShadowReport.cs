using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>
/// Shadow and live compared over the leads the run routed: how many agreed (<see cref="ShadowSides.Agree"/>), the
/// leads per rep both ways (<see cref="Unassigned"/>: the leads no rep got), and the disagreements, newest first.
/// <see cref="AgreementRate"/> is null before the first lead.
/// </summary>
public sealed record ShadowReport(
    string RunId, Instant StartedAt, Instant? StoppedAt, string? Note, int LiveVersion, long Leads, long Agreed, double? AgreementRate,
    IReadOnlyList<ShadowRepFigures> Reps, ShadowCounts Unassigned, ShadowDisagreements Disagreements)
{
    public static ShadowReport Of(ShadowRun run, ShadowFigures figures, Func<string, string?> repName)
    {
        var live = figures.Live.ToDictionary(c => c.RepId ?? "", c => c.Leads, StringComparer.Ordinal);
        var shadow = figures.Shadow.ToDictionary(c => c.RepId ?? "", c => c.Leads, StringComparer.Ordinal);
        var reps = live.Keys.Union(shadow.Keys).Where(id => id.Length > 0).Order(StringComparer.Ordinal)
            .Select(id => new ShadowRepFigures(id, repName(id), live.GetValueOrDefault(id), shadow.GetValueOrDefault(id)));
        double? rate = figures.Leads == 0 ? null : Math.Round((double)figures.Agreed / figures.Leads, 4);
        return new ShadowReport(run.Id, run.StartedAt, run.StoppedAt, run.Note, run.LiveVersion, figures.Leads, figures.Agreed, rate,
            [.. reps], new ShadowCounts(live.GetValueOrDefault(""), shadow.GetValueOrDefault("")),
            new ShadowDisagreements(figures.Disagreements, [.. figures.Sample.Select(ShadowDisagreement.Of)]));
    }
}

/// <summary>One rep's leads under the live configuration and under the draft.</summary>
public sealed record ShadowRepFigures(string RepId, string? Name, long Live, long Shadow);

public sealed record ShadowCounts(long Live, long Shadow);

/// <summary>How many leads the two sides disagree on, and up to <see cref="ShadowService.Sample"/> of them, newest first.</summary>
public sealed record ShadowDisagreements(long Count, IReadOnlyList<ShadowDisagreement> Sample);

public sealed record ShadowDisagreement(string LeadId, Instant CreatedAt, ShadowLiveSide Live, ShadowSide Shadow)
{
    public static ShadowDisagreement Of(ShadowOutcome outcome) => new(outcome.LeadId, outcome.CreatedAt,
        new ShadowLiveSide(outcome.Live.OwnerId, outcome.Live.PoolId, outcome.Live.Status), outcome.Shadow);
}

/// <summary>The live side of a disagreement (no workflow: the lead's decisions tell it).</summary>
public sealed record ShadowLiveSide(string? OwnerId, string? PoolId, string Status);
