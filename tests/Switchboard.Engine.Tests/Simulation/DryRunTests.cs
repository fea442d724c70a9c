using Switchboard.Engine.Model;
using Switchboard.Engine.Simulation;
using Switchboard.Engine.Tests.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Simulation;

/// <summary>A dry run routes as routing does, on the state it is given.</summary>
public sealed class DryRunTests
{
    private const string RoundRobin = """
        "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin",
                  "members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}],"eligibility":{"requireAvailable":false}}],
        "workflows":[{"id":"all","priority":1,"trigger":{"type":"lead.created"},
                      "actions":[{"type":"assign","pool":"inbound"},{"type":"create_task","title":"Call","due":"PT1H"}]}]
        """;

    private static Scenario Rotation() => new($$"""{"reps":[{{Reps("a", "b", "c")}}],{{RoundRobin}}}""");

    [Fact]
    public void a_dry_run_gives_the_owner_and_decisions_real_routing_gives()
    {
        var real = Rotation();
        var dry = Rotation();
        real.Create("{}");
        DryRun.NewLead(dry.Config, dry.State, dry.NewLead("{}"), dry.Now);

        var at = real.Now;
        var routed = real.Create("""{"email":"x@example.jp"}""");
        var previewed = DryRun.NewLead(dry.Config, dry.State, dry.NewLead("""{"email":"x@example.jp"}"""), at);

        Assert.Equal("b", previewed.Lead.OwnerId);
        Assert.Equal(routed.Decisions.Select(d => (d.Outcome, d.ChosenRepId, d.Why)), previewed.Decisions.Select(d => (d.Outcome, d.ChosenRepId, d.Why)));
    }

    [Fact]
    public void later_leads_on_one_state_see_the_rotation_as_earlier_ones_moved_it()
    {
        var scenario = Rotation();

        var owners = Enumerable.Range(0, 4).Select(_ => DryRun.NewLead(scenario.Config, scenario.State, scenario.NewLead("{}"), scenario.Now).Lead.OwnerId);

        Assert.Equal(["a", "b", "c", "a"], owners);
    }

    [Fact]
    public void the_effects_a_dry_run_asks_for_are_handed_back_not_carried_out()
    {
        var scenario = Rotation();

        var routed = DryRun.NewLead(scenario.Config, scenario.State, scenario.NewLead("{}"), scenario.Now);

        Assert.Contains(routed.Decisions, d => d.Outcome == Outcomes.TaskCreated);
        Assert.False(routed.Effects.IsEmpty);
    }

    [Fact]
    public void a_stored_lead_routed_again_starts_from_nothing_at_its_own_creation_time_and_stays_as_stored()
    {
        var scenario = Rotation();
        var stored = scenario.Create("""{"email":"again@example.jp"}""").Lead;
        stored.Stage = "Qualified";
        var created = stored.CreatedAt;

        var again = DryRun.Again(scenario.Config, scenario.State, stored);

        Assert.Equal("b", again.Lead.OwnerId);
        Assert.Equal("New", again.Lead.Stage);
        Assert.Equal(created, again.Lead.CreatedAt);
        Assert.All(again.Decisions, d => Assert.Equal(created, d.At));
        Assert.Equal(("a", "Qualified"), (stored.OwnerId, stored.Stage));
    }

    [Fact]
    public void a_stored_lead_that_came_through_a_form_is_routed_again_through_that_forms_workflows()
    {
        var scenario = new Scenario($$$"""
            {"reps":[{{{Reps("a", "b", "c")}}}],
             "forms":[{"id":"contact","name":"Contact","fields":[{"key":"email","label":"Email","type":"email","mapsTo":"email"}]}],
             "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{"repId":"a"},{"repId":"b"}],"eligibility":{"requireAvailable":false}}],
             "workflows":[{"id":"contact","priority":1,"stopOnMatch":true,"trigger":{"type":"form.submitted","formId":"contact"},"actions":[{"type":"assign","rep":"c"}]},
                          {"id":"all","priority":2,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
            """);
        var fromForm = scenario.NewLead("""{"email":"form@example.jp"}""");
        fromForm.FormId = "contact";
        var fromApi = scenario.NewLead("""{"email":"api@example.jp"}""");

        Assert.Equal("c", DryRun.Again(scenario.Config, scenario.State, fromForm).Lead.OwnerId);
        Assert.Equal("a", DryRun.Again(scenario.Config, scenario.State, fromApi).Lead.OwnerId);
    }

    [Fact]
    public void a_lead_routed_again_from_its_stored_values_routes_as_the_stored_lead_does_on_the_data_handed_over()
    {
        var (byLead, byValues) = (Rotation(), Rotation());
        var stored = byLead.Create("""{"email":"again@example.jp"}""").Lead;
        byValues.Create("""{"email":"again@example.jp"}""");
        var data = stored.Data.DeepClone().AsObject();

        var again = DryRun.Again(byLead.Config, byLead.State, stored);
        var fromValues = DryRun.Again(byValues.Config, byValues.State, stored.Id, stored.ExternalId, stored.CreatedAt, data, stored.FormId);

        Assert.Equal((again.Lead.OwnerId, again.Lead.Stage, again.Lead.CreatedAt), (fromValues.Lead.OwnerId, fromValues.Lead.Stage, fromValues.Lead.CreatedAt));
        Assert.Equal(again.Decisions.Select(d => (d.Outcome, d.ChosenRepId, d.At)), fromValues.Decisions.Select(d => (d.Outcome, d.ChosenRepId, d.At)));
        Assert.Same(data, fromValues.Lead.Data);
    }
}
