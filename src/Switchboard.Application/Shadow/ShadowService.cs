using System.Text.Json;
using NodaTime;
using Switchboard.Application.Lint;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>
/// Starting, reading and stopping the shadow run, and its report. A draft is taken as a save takes it: prepared and
/// validated as <c>POST /api/simulate</c> does (<see cref="LeadPreview.DraftAsync"/>), then linted, and refused when the
/// lint finds an error a save would refuse (<see cref="ConfigLintService.NewErrors"/>). The run starts with a copy of the
/// live routing state and routes the leads stored after it started (<see cref="ShadowRunner"/>).
/// </summary>
public sealed class ShadowService(ISwitchboardStore store, ConfigService configs, ConfigLintService lint, IClock clock)
{
    /// <summary>Wakes this process's shadow worker: poked when a run starts here.</summary>
    public WorkSignal Wakes { get; } = new();

    /// <summary>Most disagreements the report lists.</summary>
    public const int Sample = 50;

    /// <summary>Starts (or replaces) the run with <paramref name="draft"/>, or answers the errors that refuse it (paths inside the draft).</summary>
    public async Task<(ShadowRun? Run, IReadOnlyList<ValidationError> Errors)> StartAsync(
        RoutingConfig draft, string? note, string? author, CancellationToken ct = default)
    {
        var (compiled, errors) = await new LeadPreview(store, configs, clock).DraftAsync(draft, ct);
        if (compiled is null) return (null, errors);
        var current = await configs.CurrentAsync(ct);
        var facts = await lint.RecentFactsAsync(ct);
        var refused = lint.NewErrors(compiled.Source, lint.Run(compiled.Source, facts), current.Source, facts);
        if (refused.Count > 0) return (null, [.. refused.Select(f => new ValidationError(f.Path, f.Message))]);
        var run = await store.StartShadowRunAsync(new NewShadowRun(
            Guid.NewGuid().ToString("N"), clock.GetCurrentInstant(), note, author, current.Version,
            JsonSerializer.Serialize(compiled.Source, EngineJson.Options), ShadowState.Write(await store.GetRoutingStateAsync(ct))), ct);
        Wakes.Poke();
        return (run, []);
    }

    /// <summary>The running run, or null.</summary>
    public async Task<ShadowRun?> RunningAsync(CancellationToken ct = default) =>
        await store.GetShadowRunAsync(ct) is { Running: true } run ? run : null;

    public Task<bool> StopAsync(CancellationToken ct = default) => store.StopShadowRunAsync(clock.GetCurrentInstant(), ct);

    /// <summary>The report of the run (running or stopped), or null when there is none.</summary>
    public async Task<ShadowReport?> ReportAsync(CancellationToken ct = default)
    {
        if (await store.GetShadowRunAsync(ct) is not { } run) return null;
        var figures = await store.GetShadowFiguresAsync(run.Id, Sample, ct);
        var live = (await configs.CurrentAsync(ct)).Source;
        var draft = JsonSerializer.Deserialize<RoutingConfig>(run.Config, EngineJson.Options)!;
        return ShadowReport.Of(run, figures, repId => Name(live, repId) ?? Name(draft, repId));
    }

    private static string? Name(RoutingConfig config, string repId) => config.Reps.FirstOrDefault(r => r.Id == repId)?.Name;
}
