using Switchboard.Application.Simulation;
using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>
/// The answer to a preview: the configuration it ran under (<c>configVersion</c>, 0 for a draft, which decisions record
/// too), when, and per lead in request order what routing would do with it now.
/// </summary>
public sealed record SimulateAnswer(int ConfigVersion, bool Draft, string At, IReadOnlyList<PreviewedLead> Leads)
{
    public static SimulateAnswer Of(PreviewResult result) => new(
        result.Config.Version, result.Draft, result.At.ToString(),
        [.. result.Leads.Select((routed, index) => PreviewedLead.Of(index, routed, result))]);
}

/// <summary>
/// One lead's preview: its owner (id and name in the configuration), status, the pool it was assigned from or waits in,
/// score and grade; its decisions (as
/// <c>GET /api/leads/{id}/routing</c> shows them) and the trace of every workflow walk (see <see cref="TracedWorkflow"/>).
/// </summary>
public sealed record PreviewedLead(
    int Index, string? OwnerId, string? OwnerName, string Status, string? PoolId, int Score, string? Grade,
    IReadOnlyList<Decision> Decisions, IReadOnlyList<TriggerTrace> Trace)
{
    public static PreviewedLead Of(int index, RoutedLead routed, PreviewResult result)
    {
        var lead = routed.Lead;
        var owner = lead.OwnerId is { } id && result.Config.Reps.TryGetValue(id, out var rep) ? rep.Rep.Name : null;
        return new PreviewedLead(index, lead.OwnerId, owner, lead.Status, lead.PoolId ?? lead.RoutedPoolId, lead.Score, lead.Grade, routed.Decisions, routed.Trace);
    }
}
