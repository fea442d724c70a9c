using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Lifecycle;

public sealed class EventAndStageTests
{
    private static Scenario With(string workflows) => new($$"""
        {"reps":[{{Reps("kim")}}],
         "lists":[{"id":"seminar","name":"セミナー参加者"},{"id":"pricing","name":"Pricing page"},{"id":"mql","name":"MQL"}],
         "workflows":{{workflows}}}
        """);

    private static string[] Lists(Evaluation ev) => [.. ev.Effects.Memberships.Select(m => m.TargetId)];

    [Fact]
    public void event_received_runs_only_the_workflows_of_that_event_type()
    {
        var scenario = With("""
            [{"id":"seminar","trigger":{"type":"event.received","eventType":"seminar_attended"},"actions":[{"type":"add_to_list","list":"seminar"}]}]
            """);
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        Assert.Empty(Lists(events.Record(EventTypes.PageVisit)));
        Assert.Equal(["seminar"], Lists(events.Record(EventTypes.SeminarAttended)));
    }

    [Fact]
    public void event_conditions_read_the_event_type_and_properties()
    {
        var scenario = With("""
            [{"id":"pricing","trigger":{"type":"event.received"},
              "conditions":{"all":[{"field":"event.type","op":"eq","value":"page_visit"},{"field":"event.properties.url","op":"contains","value":"/pricing"}]},
              "actions":[{"type":"add_to_list","list":"pricing"}]}]
            """);
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        Assert.Empty(Lists(events.Record(EventTypes.PageVisit, properties: """{"url":"https://example.jp/blog"}""")));
        Assert.Equal(["pricing"], Lists(events.Record(EventTypes.PageVisit, properties: """{"url":"https://example.jp/PRICING"}""")));
    }

    [Fact]
    public void an_event_is_recorded_as_a_decision()
    {
        var scenario = With("[]");
        var (lead, _) = scenario.Create("{}");
        var decision = Assert.Single(new Engagements(scenario, lead).Record(EventTypes.EmailOpen).Decisions);
        Assert.Equal(("event.received", "event_received"), (decision.Trigger, decision.Outcome));
    }

    [Fact]
    public void stage_changed_fires_with_from_and_to_filters()
    {
        var scenario = With("""
            [{"id":"to-mql","trigger":{"type":"stage.changed","to":"MQL"},"actions":[{"type":"add_to_list","list":"mql"}]},
             {"id":"nurtured","trigger":{"type":"stage.changed","from":"Nurturing","to":"MQL"},"actions":[{"type":"add_to_list","list":"seminar"}]}]
            """);
        var (lead, _) = scenario.Create("{}");
        Assert.Equal(["mql"], Lists(Move(scenario, lead, "MQL")));
        Assert.Empty(Lists(Move(scenario, lead, "Nurturing")));
        Assert.Equal(["mql", "seminar"], Lists(Move(scenario, lead, "MQL")));
    }

    [Fact]
    public void stage_changed_conditions_see_the_new_stage()
    {
        var scenario = With("""
            [{"id":"working","trigger":{"type":"stage.changed"},"conditions":{"all":[{"field":"stage","op":"eq","value":"Working"}]},
              "actions":[{"type":"add_to_list","list":"mql"}]}]
            """);
        var (lead, _) = scenario.Create("{}");
        Assert.Equal(["mql"], Lists(Move(scenario, lead, "Working")));
    }

    private static Evaluation Move(Scenario scenario, Lead lead, string stage)
    {
        var previous = lead.Stage;
        lead.Stage = stage;
        return Router.StageChanged(scenario.Config, scenario.State, lead, previous, scenario.Now);
    }
}
