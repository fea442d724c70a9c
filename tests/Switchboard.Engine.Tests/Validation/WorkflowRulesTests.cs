using System.Text.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class WorkflowRulesTests
{
    private static Condition Parse(string json) => JsonSerializer.Deserialize<Condition>(json, JsonSerializerOptions.Web)!;

    [Fact]
    public void workflow_id_must_match_the_id_pattern() =>
        SingleAt(WithWorkflow(1, w => w with { Id = "lead updates" }), "workflows[1].id");

    [Fact]
    public void duplicate_workflow_id_is_reported_at_the_later_workflow() =>
        Assert.Contains("duplicate id", SingleAt(WithWorkflow(1, w => w with { Id = "hokkaido" }), "workflows[1].id").Message);

    [Fact]
    public void unknown_trigger_type_error_names_the_trigger_type() =>
        Assert.Contains("lead.deleted", SingleAt(WithWorkflow(0, w => w with { Trigger = new Trigger { Type = "lead.deleted" } }), "workflows[0].trigger.type").Message);

    [Fact]
    public void condition_errors_carry_the_workflow_path()
    {
        var config = Valid;
        config.Workflows.Add(config.Workflows[0] with { Id = "w2" });
        config.Workflows.Add(config.Workflows[0] with { Id = "w3" });
        config.Workflows.Add(config.Workflows[0] with
        {
            Id = "w4",
            Conditions = Parse("""{"all":[{"field":"region","op":"eq","value":"x"},{"field":"region","op":"is","value":"x"}]}"""),
        });
        SingleAt(config, "workflows[4].conditions.all[1].op");
    }

    [Fact]
    public void workflow_without_conditions_is_valid() =>
        Assert.Empty(Errors(WithWorkflow(0, w => w with { Conditions = null })));

    [Fact]
    public void workflow_without_actions_is_an_error() =>
        SingleAt(WithWorkflow(0, w => w with { Actions = [] }), "workflows[0].actions");

    [Fact]
    public void each_action_is_validated_at_its_path() =>
        SingleAt(WithWorkflow(0, w => w with { Actions = [.. w.Actions, new WorkflowAction { Type = "teleport" }] }), "workflows[0].actions[1].type");

    [Fact]
    public void workflow_parsed_from_json_reports_its_condition_path()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>(SampleConfig.Document.Replace("\"op\":\"contains\"", "\"op\":\"includes\""), JsonSerializerOptions.Web)!;
        SingleAt(config, "workflows[0].conditions.all[0].op");
    }
}
