using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime;
using Switchboard.Application;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Leads.Decisions;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

public sealed class LeadsDecisionSentenceTests : ComponentTest
{
    [Fact]
    public void a_workflow_assignment_reads_as_one_sentence_with_its_rule()
    {
        var rule = Leaf("fields.都道府県", "contains", "\"北海道\"", matched: true);
        Assert.Equal("Assigned to 佐藤 花子 by workflow Hokkaido territory (priority 10): rule 都道府県 contains 北海道 matched",
            Sentence("en", Assigned(rule)));
    }

    [Fact]
    public void the_sentence_is_in_the_viewers_language()
    {
        var rule = Leaf("fields.都道府県", "contains", "\"北海道\"", matched: true);
        Assert.Equal("佐藤 花子 に割り当て（ワークフロー Hokkaido territory、優先度 10）：ルール 都道府県 が 北海道 を含む に一致",
            Sentence("ja", Assigned(rule)));
    }

    [Fact]
    public void nested_conditions_read_as_groups_of_clauses()
    {
        var rule = new ConditionStep
        {
            Path = "conditions", Kind = "all", Matched = false, Parts =
            [
                Leaf("country", "eq", "\"JP\"", matched: true),
                new ConditionStep
                {
                    Path = "conditions.all[1]", Kind = "any", Matched = false,
                    Parts = [Leaf("employees", "gte", "100", matched: false), Leaf("industry", "in", "[\"SaaS\",\"Fintech\"]", matched: false)],
                },
            ],
        };
        Assert.Equal("Assigned to 佐藤 花子 by workflow Hokkaido territory (priority 10): rule all of (country = JP; any of (employees ≥ 100; industry is one of SaaS, Fintech)) did not match",
            Sentence("en", Assigned(rule)));
    }

    [Fact]
    public void a_queued_lead_names_its_pool_and_that_nobody_was_eligible()
    {
        var queued = new ExplainedDecision(new Decision { Outcome = "queued", PoolId = "tokyo", Strategy = "round_robin" }, null, null, null, null, []);
        Assert.Equal("Queued in pool tokyo: nobody was eligible", Sentence("en", queued));
    }

    [Fact]
    public void a_rejection_names_the_rep_who_rejected()
    {
        var rejected = new ExplainedDecision(new Decision { Outcome = "rejected" }, null, null, null, null,
            [new ExplainedCandidate("kim", "김민지", false, new ReasonDetail { Code = "excluded" })]);
        Assert.Equal("김민지이(가) 반려", Sentence("ko", rejected));
    }

    private static ExplainedDecision Assigned(ConditionStep rule) => new(
        new Decision { Outcome = "assigned", ChosenRepId = "sato", WorkflowId = "hokkaido", PoolId = "north", At = Instant.FromUtc(2026, 12, 5, 0, 0) },
        "佐藤 花子", "Hokkaido territory", 10, rule, []);

    private static ConditionStep Leaf(string field, string op, string json, bool matched) => new()
    {
        Path = "conditions", Kind = "leaf", Matched = matched, Field = field, Op = op, Value = JsonDocument.Parse(json).RootElement,
    };

    private string Sentence(string language, ExplainedDecision decision)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return new DecisionSentence(Services.GetRequiredService<IStringLocalizer<LeadsText>>()).For(decision);
    }
}
