using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

public sealed class WeightedRandomRoutingTests
{
    private static readonly string WeightedRandomPool = $$"""
        {"reps":[{{Reps("a", "b")}}],
         "pools":[{"id":"inbound","strategy":"weighted_random","members":[{"repId":"a","weight":3},{"repId":"b","weight":1}]}],
         "workflows":[{"id":"all","priority":10,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    private static Decision Route(Scenario scenario, string leadId)
    {
        var lead = scenario.NewLead("{}");
        lead.Id = leadId;
        return Assert.Single(Router.Run(scenario.Config, scenario.State, lead, new TriggerEvent(Triggers.LeadCreated), scenario.Now));
    }

    [Fact]
    public void a_weighted_random_pool_draws_from_the_lead_id_and_records_why()
    {
        var decision = Route(new Scenario(WeightedRandomPool), "lead-1");
        Assert.Equal(("weighted_random", "a"), (decision.Strategy, decision.ChosenRepId));
        Assert.Equal("weighted random among a(3), b(1): drew 0.22 → a", decision.Why);
    }

    [Fact]
    public void replaying_a_lead_in_a_fresh_engine_repeats_its_weighted_random_pick()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"ld_{i}").ToList();
        var first = new Scenario(WeightedRandomPool);
        var replay = new Scenario(WeightedRandomPool);
        Assert.Equal(ids.Select(id => Route(first, id).ChosenRepId), ids.Select(id => Route(replay, id).ChosenRepId));
    }
}
