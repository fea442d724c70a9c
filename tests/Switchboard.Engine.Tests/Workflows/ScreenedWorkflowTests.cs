using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

/// <summary>Workflows ruled out by the lead's values before evaluation see the lead as earlier workflows left it.</summary>
public sealed class ScreenedWorkflowTests
{
    private static Scenario TagThenRoute(string tag) => new($$"""
        {"reps":[{{Reps("hoshino", "kim")}}],
         "workflows":[
           {"id":"tag","priority":10,"trigger":{"type":"lead.created"},
            "conditions":{"field":"region","op":"contains","value":"北海道"},
            "actions":[{"type":"set_field","field":"fields.優先度","value":"{{tag}}"}]},
           {"id":"high","priority":20,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"fields.優先度","op":"eq","value":"高"},{"field":"region","op":"exists"}]},
            "actions":[{"type":"assign","rep":"hoshino"}]},
           {"id":"rest","priority":30,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"kim"}]}]}
        """);

    [Fact]
    public void a_field_set_by_an_earlier_workflow_lets_a_later_one_match()
    {
        var scenario = TagThenRoute("高");
        scenario.Create("""{"region":"東京都","fields":{"優先度":"低"}}"""); // the value "低" is seen, and remembered, once

        var (lead, _) = scenario.Create("""{"region":"北海道","fields":{"優先度":"低"}}""");

        Assert.Equal("hoshino", lead.OwnerId);
    }

    [Fact]
    public void a_field_changed_by_an_earlier_workflow_stops_a_later_one_matching()
    {
        var scenario = TagThenRoute("低");
        Assert.Equal("hoshino", scenario.Create("""{"region":"東京都","fields":{"優先度":"高"}}""").Lead.OwnerId);

        var (lead, _) = scenario.Create("""{"region":"北海道","fields":{"優先度":"高"}}""");

        Assert.Equal("kim", lead.OwnerId);
    }

    [Fact]
    public void a_missing_field_filled_by_an_earlier_workflow_lets_a_later_one_match()
    {
        var scenario = TagThenRoute("高");

        var (lead, _) = scenario.Create("""{"region":"北海道"}""");

        Assert.Equal("hoshino", lead.OwnerId);
    }
}
