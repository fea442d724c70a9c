using System.Globalization;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// A deal moving through its pipeline: to one of its stages (open again), or to won / lost (closed then).
/// Every real move runs the deal.stage.changed workflows on the deal's lead, with the facts
/// <c>deal.id</c>, <c>deal.pipeline</c>, <c>deal.stage</c>, <c>deal.status</c> and <c>deal.amount</c>.
/// </summary>
internal static class DealStages
{
    public static Refusable<Conversion> Move(CompiledConfig config, RoutingState state, Lead lead, Deal deal, string stage, Instant now)
    {
        var pipeline = config.Pipelines.GetValueOrDefault(deal.Pipeline);
        if (!(pipeline?.Has(stage) ?? DealStatus.IsClosing(stage)))
            return new Refusal(RefusalKind.Invalid, "stage",
                $"'{stage}' is not a stage of pipeline {deal.Pipeline}; use one of {string.Join(", ", [.. pipeline?.Stages ?? [], DealStatus.Won, DealStatus.Lost])}");
        var moved = deal with
        {
            Stage = stage,
            Status = DealStatus.IsClosing(stage) ? stage : DealStatus.Open,
            ClosedAt = DealStatus.IsClosing(stage) ? deal.ClosedAt ?? now : null,
            UpdatedAt = now,
        };
        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.DealStageChanged) { From = deal.Stage, To = stage }, now);
        if (stage == deal.Stage) return new Conversion(ev, moved);

        ev.Facts.SetEventFact("deal.id", moved.Id);
        ev.Facts.SetEventFact("deal.pipeline", moved.Pipeline);
        ev.Facts.SetEventFact("deal.stage", moved.Stage);
        ev.Facts.SetEventFact("deal.status", moved.Status);
        ev.Facts.SetEventFact("deal.amount", moved.Amount.ToString(CultureInfo.InvariantCulture));
        ev.Decisions.Add(ev.NewDecision(null, "deal", Outcomes.DealStageChanged,
            $"deal {moved.Id} moved from {deal.Stage} to {stage} in pipeline {moved.Pipeline}") with { ChosenRepId = moved.OwnerId });
        WorkflowRun.All(ev);
        return new Conversion(ev, moved);
    }
}
