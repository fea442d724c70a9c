using Switchboard.Engine.Model;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// unseen-custom-field (warning): a condition on "fields.X" where no stored lead (of the newest ones read) has X and
/// nothing in the configuration writes it (a form field mapped to it, a set_field action). Lists the close names that
/// were seen. Quiet when no lead is stored.
/// </summary>
internal sealed class UnseenCustomFieldRule : ILintRule
{
    public const string Code = "unseen-custom-field";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Facts.LeadsRead == 0) yield break;
        var written = Written(context.Config);
        foreach (var placed in ConditionWalk.All(context.Config))
            foreach (var (leaf, path) in ConditionWalk.Leaves(placed.Condition, placed.Path))
            {
                if (leaf.Field is not { } field || !FieldNames.IsCustom(field)) continue;
                var name = field[FieldNames.CustomPrefix.Length..];
                if (context.Facts.CustomFieldsSeen.Contains(name) || written.Contains(field)) continue;
                var close = Closest.To(name, context.Facts.CustomFieldsSeen).Select(n => FieldNames.CustomPrefix + n).ToList();
                var seen = close.Count > 0 ? $"; close names that were seen: {string.Join(", ", close)}" : "";
                yield return LintFinding.Warning(Code, path + ".field",
                    $"no stored lead has \"{field}\" (of the newest {context.Facts.LeadsRead} read) and no form or set_field writes it{seen}",
                    close.FirstOrDefault());
            }
    }

    /// <summary>The custom fields the configuration itself writes: form fields' targets and set_field actions.</summary>
    private static HashSet<string> Written(RoutingConfig config)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in config.Forms.SelectMany(f => f.Fields)) written.Add(field.Target);
        foreach (var action in config.Workflows.SelectMany(w => w.Actions))
            if (action.Type == "set_field" && action.Field is { } target) written.Add(target);
        return written;
    }
}
