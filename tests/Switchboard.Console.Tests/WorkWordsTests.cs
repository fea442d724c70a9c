using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Switchboard.Application;
using Switchboard.Engine.Explanations;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Leads.Decisions;
using Switchboard.Web.Pages.Work;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

/// <summary>"Why me" in plain words, and working hours as a rep writes them.</summary>
public sealed class WorkWordsTests : ComponentTest
{
    private static readonly Dictionary<string, string> Pools = new() { ["seoul"] = "Seoul inbound" };

    private string Why(string language, Decision decision, string? workflow = null, int? priority = null, ConditionStep? rule = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var texts = Services.GetRequiredService<IStringLocalizer<WorkText>>();
        return WhyMeWords.Of(new ExplainedDecision(decision, "김민지", workflow, priority, rule, []), Pools, texts, Rules);
    }

    private RuleText Rules => new(Services.GetRequiredService<IStringLocalizer<LeadsText>>());

    private static ConditionStep Leaf(string field, string op, string value, bool matched) => new()
    {
        Path = "conditions.all[0]", Kind = "leaf", Matched = matched, Field = field, Op = op, Value = JsonSerializer.SerializeToElement(value),
    };

    [Fact]
    public void a_workflow_assignment_names_the_workflow_its_priority_and_the_rule_that_matched()
    {
        var rule = new ConditionStep { Path = "conditions", Kind = "all", Matched = true, Parts = [Leaf("都道府県", "contains", "北海道", true)] };
        Assert.Equal("Assigned to you by workflow Hokkaido territory (priority 10): rule 都道府県 contains 北海道 matched",
            Why("en", new Decision { Action = "assign", Strategy = "direct" }, "Hokkaido territory", 10, rule));
    }

    [Fact]
    public void a_pool_assignment_names_the_strategy_and_the_pool()
    {
        Assert.Equal("Assigned to you by round robin in pool Seoul inbound", Why("en", new Decision { PoolId = "seoul", Strategy = "round_robin" }));
    }

    [Fact]
    public void the_words_are_the_readers_language()
    {
        Assert.Equal("풀 Seoul inbound에서 라운드 로빈 방식으로 배정되었습니다", Why("ko", new Decision { PoolId = "seoul", Strategy = "round_robin" }));
    }

    [Fact]
    public void only_the_parts_of_an_any_that_held_are_named()
    {
        var rule = new ConditionStep
        {
            Path = "conditions", Kind = "any", Matched = true,
            Parts = [Leaf("email", "contains", "acme", false), Leaf("company", "contains", "acme", true)],
        };
        Assert.EndsWith("rule company contains acme matched", Why("en", new Decision { Action = "assign" }, "ACME group", 5, rule));
    }

    [Fact]
    public void the_rule_is_written_as_the_lead_page_writes_it_in_the_readers_word_order()
    {
        var rule = new ConditionStep { Path = "conditions", Kind = "all", Matched = true, Parts = [Leaf("fields.都道府県", "contains", "北海道", true)] };
        Assert.EndsWith("ルール 都道府県 が 北海道 を含む に一致", Why("ja", new Decision { Action = "assign" }, "Hokkaido territory", 10, rule));
    }

    [Fact]
    public void a_lead_no_routing_decision_gave_the_rep_was_assigned_by_a_person()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        var texts = Services.GetRequiredService<IStringLocalizer<WorkText>>();
        Assert.Equal("Ihnen von einer Person zugewiesen, nicht durch eine Routing-Regel", WhyMeWords.Of(null, Pools, texts, Rules));
    }

    [Fact]
    public void working_hours_are_read_as_ranges_separated_by_commas() =>
        Assert.Equal([["09:00", "12:00"], ["13:00", "18:00"]], WorkingHoursText.Parse("09:00-12:00, 13:00 - 18:00"));

    [Fact]
    public void an_empty_day_has_no_working_hours() => Assert.Empty(WorkingHoursText.Parse(" ")!);

    [Fact]
    public void working_hours_that_are_not_ranges_are_not_read() => Assert.Null(WorkingHoursText.Parse("9 to 5"));

    [Fact]
    public void working_hours_are_written_back_as_the_rep_reads_them() =>
        Assert.Equal("09:00-12:00, 13:00-18:00", WorkingHoursText.Format([["09:00", "12:00"], ["13:00", "18:00"]]));
}
