using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// The funnel. Leads created in the period by their current stage, in the configured stage order (stages no longer
/// configured after, by name), and the conversion from each configured stage to the next: the leads at the next stage or
/// beyond over the leads at this stage or beyond. Deals created in the period by pipeline and stage (won and lost
/// included). Won and lost deals closed in the period, counts and amounts, by their lead's source and by each campaign
/// their lead is in; per campaign with a <c>cost</c>, ROI = (won amount − cost) / cost. The workflow filter does not apply.
/// </summary>
public sealed record FunnelReport(
    ReportPeriod Period, IReadOnlyList<StageCount> Stages, IReadOnlyList<StageConversion> Conversions, IReadOnlyList<DealStageFigures> Deals,
    IReadOnlyList<SourceOutcomes> BySource, IReadOnlyList<CampaignOutcomes> ByCampaign) : ITabularReport
{
    public static async Task<FunnelReport> ReadAsync(ISwitchboardStore store, CompiledConfig config, ReportQuery query, CancellationToken ct = default)
    {
        var byStage = (await store.GetLeadStageCountsAsync(query.Filter, ct)).ToDictionary(s => s.Stage, s => s.Count, StringComparer.Ordinal);
        var order = config.LeadStages;
        var stages = order.Select(s => new StageCount(s, byStage.GetValueOrDefault(s)))
            .Concat(byStage.Keys.Except(order, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(s => new StageCount(s, byStage[s]))).ToList();
        long Reached(int index) => order.Skip(index).Sum(s => byStage.GetValueOrDefault(s));
        var conversions = Enumerable.Range(0, Math.Max(0, order.Count - 1)).Select(i =>
            new StageConversion(order[i], order[i + 1], Reached(i) == 0 ? null : Math.Round((double)Reached(i + 1) / Reached(i), 4))).ToList();

        var deals = (await store.GetDealCountsAsync(query.Filter, ct))
            .OrderBy(d => d.Pipeline, StringComparer.Ordinal).ThenBy(d => StageIndex(config, d), Comparer<int>.Default).ThenBy(d => d.Stage, StringComparer.Ordinal)
            .Select(d => new DealStageFigures(d.Pipeline, d.Stage, d.Count, (decimal)d.Amount)).ToList();
        var outcomes = await store.GetDealOutcomesAsync(query.Filter, ct);
        var bySource = outcomes.Where(o => o.Dimension == "source").GroupBy(o => o.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => SourceOutcomes.Of(g.Key, g)).ToList();
        var byCampaign = CampaignOutcomes.Of(config.Source.Campaigns ?? [], outcomes.Where(o => o.Dimension == "campaign").ToList());
        return new FunnelReport(ReportPeriod.Of(query), stages, conversions, deals, bySource, byCampaign);
    }

    private static int StageIndex(CompiledConfig config, DealCount deal)
    {
        var stages = config.Pipelines.TryGetValue(deal.Pipeline, out var pipeline) ? pipeline.Stages : [];
        var index = stages.IndexOf(deal.Stage);
        return index >= 0 ? index : stages.Count + (deal.Stage == DealStatus.Won ? 0 : deal.Stage == DealStatus.Lost ? 1 : 2);
    }

    public ReportTable ToTable() => new(
        ["section", "name", "stage", "count", "amount", "won", "wonAmount", "lost", "lostAmount", "cost", "roi"],
        [
            .. Stages.Select(s => (object?[])["leadStage", null, s.Stage, s.Leads, null, null, null, null, null, null, null]),
            .. Deals.Select(d => (object?[])["dealStage", d.Pipeline, d.Stage, d.Count, d.Amount, null, null, null, null, null, null]),
            .. BySource.Select(o => (object?[])["source", o.Name, null, null, null, o.Won, o.WonAmount, o.Lost, o.LostAmount, null, null]),
            .. ByCampaign.Select(c => (object?[])["campaign", c.CampaignId, null, null, null, c.Won, c.WonAmount, c.Lost, c.LostAmount, c.Cost, c.Roi]),
        ]);
}

public sealed record StageCount(string Stage, long Leads);

/// <summary>Of the leads at <c>From</c> or a later stage, the share at <c>To</c> or a later stage (null when none reached <c>From</c>).</summary>
public sealed record StageConversion(string From, string To, double? Rate);

public sealed record DealStageFigures(string Pipeline, string Stage, long Count, decimal Amount);

/// <summary>Won and lost deals of one source ("" for leads without one).</summary>
public sealed record SourceOutcomes(string Name, long Won, decimal WonAmount, long Lost, decimal LostAmount)
{
    public static SourceOutcomes Of(string name, IEnumerable<DealOutcome> rows)
    {
        var list = rows.ToList();
        DealOutcome? Of(string status) => list.FirstOrDefault(o => o.Status == status);
        return new SourceOutcomes(name, Of(DealStatus.Won)?.Count ?? 0, (decimal)(Of(DealStatus.Won)?.Amount ?? 0),
            Of(DealStatus.Lost)?.Count ?? 0, (decimal)(Of(DealStatus.Lost)?.Amount ?? 0));
    }
}

/// <summary>Won and lost deals of one campaign ("" for leads in none), with its cost and ROI when it has a cost.</summary>
public sealed record CampaignOutcomes(string CampaignId, string? Name, long Won, decimal WonAmount, long Lost, decimal LostAmount, decimal? Cost, decimal? Roi)
{
    /// <summary>Every configured campaign (with or without deals), then campaigns no longer configured and "" (none).</summary>
    public static IReadOnlyList<CampaignOutcomes> Of(IReadOnlyList<Campaign> campaigns, IReadOnlyList<DealOutcome> rows)
    {
        var ids = campaigns.Select(c => c.Id).Concat(rows.Select(r => r.Name).Distinct().Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
        return [.. ids.Select(id =>
        {
            var campaign = campaigns.FirstOrDefault(c => c.Id == id);
            var outcomes = SourceOutcomes.Of(id, rows.Where(r => r.Name == id));
            var cost = campaign?.Cost;
            var roi = cost is > 0 ? Math.Round((outcomes.WonAmount - cost.Value) / cost.Value, 4) : (decimal?)null;
            return new CampaignOutcomes(id, campaign?.Name, outcomes.Won, outcomes.WonAmount, outcomes.Lost, outcomes.LostAmount, cost, roi);
        })];
    }
}
