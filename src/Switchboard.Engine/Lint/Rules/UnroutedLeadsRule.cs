using System.Text.Json.Nodes;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using Switchboard.Engine.Scoring;

namespace Switchboard.Engine.Lint.Rules;

/// <summary>
/// unrouted-leads (warning): without a <c>settings.fallbackPool</c>, a new lead that no lead.created workflow assigns
/// stays unassigned. The rule runs the lead.created workflows (in order, honouring stopOnMatch) on an example lead
/// that carries only an email address and is scored as configured; when none of them assigns it, the finding names that lead.
/// </summary>
internal sealed class UnroutedLeadsRule : ILintRule
{
    public const string Code = "unrouted-leads";
    public const string ExampleLead = """{"email":"someone@example.com"}""";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Config.Settings?.FallbackPool is not null) yield break;
        var lead = Example(context.Config, out var fields);
        foreach (var placed in context.Workflows)
        {
            var workflow = placed.Workflow;
            if (!workflow.Enabled || workflow.Trigger.Type != Triggers.LeadCreated || workflow.Trigger.Source is not null) continue;
            if (!ConditionCompiler.Compile(workflow.Conditions, fields)(LeadFacts.From(lead, fields))) continue;
            if (workflow.Actions.Any(a => a.Type == "assign")) yield break;
            if (workflow.StopOnMatch) break;
        }
        yield return LintFinding.Warning(Code, "settings.fallbackPool",
            $"a new lead such as {ExampleLead} (no other field) is assigned by no lead.created workflow and no fallbackPool catches it: it stays unassigned",
            "set settings.fallbackPool to the pool that should take such leads");
    }

    /// <summary>The example lead, scored by the configuration's scoring model (so conditions on score and grade see what it would get).</summary>
    private static Lead Example(RoutingConfig config, out FieldTable fields)
    {
        fields = new FieldTable();
        var lead = new Lead { Data = JsonNode.Parse(ExampleLead)!.AsObject() };
        if (CompiledScoring.Compile(config.Scoring, fields) is { } scoring)
        {
            lead.Score = CompiledScoring.Total(scoring.Fit(LeadFacts.From(lead, fields)), 0);
            lead.Grade = scoring.GradeOf(lead.Score);
        }
        return lead;
    }
}
