using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.Actions;

public sealed class SetFieldActionTests
{
    private const string Config = """
        {"workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[
          {"type":"set_field","field":"fields.優先度","value":"高"},{"type":"set_field","field":"industry","value":"製造業"}]}]}
        """;

    [Fact]
    public void set_field_writes_custom_fields_under_fields_and_standard_ones_at_the_top()
    {
        var (lead, decisions) = new Scenario(Config).Create("""{"industry":"小売"}""");
        Assert.Equal("高", (string?)lead.Data["fields"]!["優先度"]);
        Assert.Equal("製造業", (string?)lead.Data["industry"]);
        Assert.Equal(["workflow w set fields.優先度", "workflow w set industry"], decisions.Where(d => d.Action == "set_field").Select(d => d.Why));
    }

    [Fact]
    public void a_workflow_copied_under_another_id_names_itself_in_the_why()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>(Config, EngineJson.Options)!;
        config = config with { Workflows = [config.Workflows[0], config.Workflows[0] with { Id = "copy" }] };
        var lead = new Lead { Id = "ld_1", Data = JsonNode.Parse("{}")!.AsObject() };
        var now = Instant.FromUtc(2026, 6, 10, 3, 0);
        var decisions = Router.Run(CompiledConfig.Compile(config), new RoutingState(), lead, new TriggerEvent(Triggers.LeadCreated), now);
        Assert.Equal(
            ["workflow w set fields.優先度", "workflow w set industry", "workflow copy set fields.優先度", "workflow copy set industry"],
            decisions.Where(d => d.Action == "set_field").Select(d => d.Why));
    }
}
