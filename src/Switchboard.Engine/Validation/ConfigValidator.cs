using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>
/// Validates the configuration document, or one object of it for the CRUD endpoints. Errors name the
/// path of the offending value: <c>reps[1].timeZone</c>, <c>pools[0].members[2].repId</c>,
/// <c>workflows[3].conditions.all[1].op</c>. References (managerId, member repId, overflowPool,
/// fallbackPool, nurtureList, account owners and parents, action targets) are resolved against the given configuration: for a single object,
/// pass the configuration as it will be after the change.
/// </summary>
public static class ConfigValidator
{
    public static readonly string[] DedupePolicies = Model.DedupePolicies.All;

    public static IReadOnlyList<ValidationError> Validate(RoutingConfig config)
    {
        var errors = new List<ValidationError>();
        var context = ConfigIndex.Of(config);
        ValidateSection(config.Reps, "reps", errors, (rep, path) => RepRules.Validate(rep, path, context, errors), r => r.Id);
        ValidateSection(config.Pools, "pools", errors, (pool, path) => PoolRules.Validate(pool, path, context, errors), p => p.Id);
        ValidateSection(config.Workflows, "workflows", errors, (workflow, path) => WorkflowRules.Validate(workflow, path, context, errors), w => w.Id);
        ValidateSection(config.Lists, "lists", errors, (list, path) => IdRules.Check(list.Id, path, errors), l => l.Id);
        ValidateSection(config.Campaigns, "campaigns", errors, (campaign, path) => CampaignRules.Validate(campaign, path, errors), c => c.Id);
        ValidateSection(config.Forms, "forms", errors, (form, path) => FormRules.Validate(form, path, errors), f => f.Id);
        ValidateSection(config.Accounts, "accounts", errors, (account, path) => AccountRules.Validate(account, path, context, errors), a => a.Id);
        if (config.Accounts is { } accounts) AccountRules.CheckSharedDomains(accounts, errors);
        if (config.Settings is { } settings) ValidateSettings(settings, "settings", context, errors);
        if (config.Scoring is { } scoring) ScoringRules.Validate(scoring, "scoring", errors);
        LifecycleRules.ValidateLeadStages(config.LeadStages, "leadStages", errors);
        LifecycleRules.CheckPipelinesPresent(config.Pipelines, "pipelines", errors);
        ValidateSection(config.Pipelines, "pipelines", errors, (pipeline, path) => LifecycleRules.ValidatePipeline(pipeline, path, errors), p => p.Id);
        return errors;
    }

    public static void ValidateRep(Rep rep, string path, RoutingConfig context, List<ValidationError> errors) =>
        RepRules.Validate(rep, path, ConfigIndex.Of(context), errors);

    public static void ValidatePool(Pool pool, string path, RoutingConfig context, List<ValidationError> errors) =>
        PoolRules.Validate(pool, path, ConfigIndex.Of(context), errors);

    public static void ValidateWorkflow(Workflow workflow, string path, RoutingConfig context, List<ValidationError> errors) =>
        WorkflowRules.Validate(workflow, path, ConfigIndex.Of(context), errors);

    private static void ValidateSection<T>(
        List<T>? items, string section, List<ValidationError> errors, Action<T, string> validate, Func<T, string?> id)
        where T : class
    {
        if (items is null) return;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) validate(item, $"{section}[{i}]");
            else errors.Add(new($"{section}[{i}]", "must be an object, not null"));
        }
        IdRules.CheckUnique(items, id, section, errors);
    }

    private static void ValidateSettings(Settings settings, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (settings.FallbackPool is { } pool && !context.PoolIds.Contains(pool))
            errors.Add(new(path + ".fallbackPool", $"unknown pool \"{pool}\""));
        if (settings.Dedupe is null || !DedupePolicies.Contains(settings.Dedupe, StringComparer.Ordinal))
            errors.Add(new(path + ".dedupe", $"dedupe must be one of {string.Join(", ", DedupePolicies)} (got \"{settings.Dedupe}\")"));
        if (settings.NurtureList is { } list && !context.ListIds.Contains(list))
            errors.Add(new(path + ".nurtureList", $"unknown list \"{list}\""));
    }
}
