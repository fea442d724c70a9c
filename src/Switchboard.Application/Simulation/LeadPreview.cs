using NodaTime;
using Switchboard.Application.Lint;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Simulation;

/// <summary>
/// Preview: new leads routed now, as intake would route them, against the live configuration (cached per version) or a
/// draft, on one copy of the live routing state read in a snapshot without the routing lock. The leads are routed in
/// order on that one copy, so a later lead sees the rotation, loads and counters as the earlier ones moved them; the
/// copy is then dropped. Nothing is written: no lead, decision, cursor, counter, task, timer or message.
/// <para>The preview routes every lead as new: de-duplication (merging into an open lead) and idempotency are not applied.</para>
/// </summary>
public sealed class LeadPreview(ISwitchboardStore store, ConfigService configs, IClock clock)
{
    /// <summary>Most leads one preview routes.</summary>
    public const int MaxLeads = 1_000;

    /// <summary>The version number decisions record under a draft configuration, which has none.</summary>
    public const int DraftVersion = 0;

    /// <summary>
    /// A draft made ready to route as a save takes it (<see cref="ConfigLintService.Prepare"/>): redacted secrets are taken
    /// from the live configuration, a placeholder with nothing to keep is an error, then it is validated. The errors name
    /// paths inside the draft (<c>workflows[1].conditions.all[0].op</c>).
    /// </summary>
    public async Task<(CompiledConfig? Draft, IReadOnlyList<ValidationError> Errors)> DraftAsync(RoutingConfig draft, CancellationToken ct = default)
    {
        var (ready, errors) = ConfigLintService.Prepare(draft, (await configs.CurrentAsync(ct)).Source);
        return errors.Count > 0 ? (null, errors) : (CompiledConfig.Compile(ready with { Version = DraftVersion }), []);
    }

    /// <summary>Routes <paramref name="submissions"/> in order under <paramref name="draft"/> (null: the live configuration).</summary>
    public async Task<PreviewResult> RunAsync(IReadOnlyList<Submission> submissions, CompiledConfig? draft = null, CancellationToken ct = default)
    {
        if (submissions.Count > MaxLeads) throw new ArgumentException($"at most {MaxLeads} leads per preview", nameof(submissions));
        var config = draft ?? await configs.CurrentAsync(ct);
        var state = await store.GetRoutingStateAsync(ct);
        var now = clock.GetCurrentInstant();
        var routed = submissions.Select(submission => DryRun.NewLead(config, state, NewLead(submission, now), now)).ToList();
        return new PreviewResult(config, draft is not null, now, routed);
    }

    private static Lead NewLead(Submission submission, Instant now) => new()
    {
        Id = LeadService.NewLeadId(),
        ExternalId = submission.ExternalId,
        Data = submission.Data.DeepClone().AsObject(),
        CreatedAt = now,
        UpdatedAt = now,
    };
}

/// <summary>The leads of one preview as routed, in request order, under <see cref="Config"/> at <see cref="At"/>.</summary>
public sealed record PreviewResult(CompiledConfig Config, bool Draft, Instant At, IReadOnlyList<RoutedLead> Leads);
