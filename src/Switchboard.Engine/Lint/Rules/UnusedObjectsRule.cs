using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// unused-pool (warning): no workflow assigns into the pool, it is not the fallbackPool, no assign falls back to it and
/// no pool overflows into it, so it never gets a lead. unused-list, unused-campaign (info): no workflow action adds to or
/// removes from it (and it is not the nurture list); people may still fill it through the API. unused-form (info): no
/// form.submitted workflow names the form; its leads are routed by the lead.created workflows alone.
/// </summary>
internal sealed class UnusedObjectsRule : ILintRule
{
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        var config = context.Config;
        var actions = config.Workflows.SelectMany(w => w.Actions).ToList();
        var pools = actions.Where(a => a.Type == "assign").SelectMany(a => new[] { a.Pool, a.FallbackPool })
            .Concat(config.Pools.Select(p => p.OverflowPool)).Append(config.Settings?.FallbackPool).ToHashSet(StringComparer.Ordinal);
        var lists = actions.Select(a => a.List).Append(config.Settings?.NurtureList).ToHashSet(StringComparer.Ordinal);
        var campaigns = actions.Select(a => a.Campaign).ToHashSet(StringComparer.Ordinal);
        var forms = config.Workflows.Where(w => w.Trigger.Type == Triggers.FormSubmitted).Select(w => w.Trigger.FormId).ToHashSet(StringComparer.Ordinal);
        var anyForm = forms.Contains(null);

        for (var i = 0; i < config.Pools.Count; i++)
            if (!pools.Contains(config.Pools[i].Id))
                yield return LintFinding.Warning("unused-pool", $"pools[{i}]",
                    $"pool \"{config.Pools[i].Id}\" never gets a lead: no workflow assigns into it, no pool overflows into it and it is not the fallbackPool");
        for (var i = 0; i < config.Lists.Count; i++)
            if (!lists.Contains(config.Lists[i].Id))
                yield return LintFinding.Info("unused-list", $"lists[{i}]",
                    $"no workflow adds leads to list \"{config.Lists[i].Id}\" (and it is not the nurture list): only the API fills it");
        for (var i = 0; i < config.Campaigns.Count; i++)
            if (!campaigns.Contains(config.Campaigns[i].Id))
                yield return LintFinding.Info("unused-campaign", $"campaigns[{i}]",
                    $"no workflow adds leads to campaign \"{config.Campaigns[i].Id}\": only the API fills it");
        for (var i = 0; i < config.Forms.Count; i++)
            if (!anyForm && !forms.Contains(config.Forms[i].Id))
                yield return LintFinding.Info("unused-form", $"forms[{i}]",
                    $"no form.submitted workflow names form \"{config.Forms[i].Id}\": its leads are routed by the lead.created workflows alone");
    }
}
