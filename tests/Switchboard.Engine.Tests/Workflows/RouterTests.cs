using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

public sealed class RouterTests
{
    private static readonly string ThreeRepsRoundRobin = $$"""
        {"reps":[{{Reps("a", "b", "c", "sato")}}],
         "pools":[{"id":"inbound","strategy":"round_robin","members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}]}],
         "workflows":[
           {"id":"hokkaido","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"all","priority":20,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    [Fact]
    public void hokkaido_rule_assigns_the_named_rep_with_a_direct_decision()
    {
        var scenario = new Scenario(ThreeRepsRoundRobin);
        var (lead, decisions) = scenario.Create("""{"region":"北海道札幌市"}""");
        Assert.Equal("sato", lead.OwnerId);
        Assert.Equal(LeadStatus.Assigned, lead.Status);
        var decision = Assert.Single(decisions);
        Assert.Equal(("hokkaido", "assign", "direct", "sato", 7), (decision.WorkflowId, decision.Action, decision.Strategy, decision.ChosenRepId, decision.ConfigVersion));
        Assert.Equal([new Candidate("sato", true, null)], decision.Candidates);
    }

    [Fact]
    public void stop_on_match_ends_the_evaluation_so_no_cursor_moves()
    {
        var scenario = new Scenario(ThreeRepsRoundRobin);
        scenario.Create("""{"region":"北海道"}""");
        Assert.Equal(-1, scenario.State.Pool("inbound").CursorPosition);
        Assert.Equal("a", scenario.Create("""{"region":"東京都"}""").Lead.OwnerId);
    }

    [Fact]
    public void seven_leads_through_a_round_robin_workflow_go_a_b_c_a_b_c_a()
    {
        var scenario = new Scenario(ThreeRepsRoundRobin);
        Assert.Equal("a b c a b c a", scenario.Owners(7));
    }

    [Fact]
    public void pool_decision_lists_every_candidate_with_its_reason()
    {
        var config = $$"""
            {"reps":[{"id":"a","name":"a","active":false},{{Reps("b")}}],
             "pools":[{"id":"p","members":[{"repId":"a"},{"repId":"b"}]}],
             "workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"p"}]}]}
            """;
        var decision = Assert.Single(new Scenario(config).Create("{}").Decisions);
        Assert.Equal([new Candidate("a", false, "inactive"), new Candidate("b", true, null)], decision.Candidates);
        Assert.Equal(("p", "round_robin", "b", "assigned"), (decision.PoolId, decision.Strategy, decision.ChosenRepId, decision.Outcome));
        Assert.False(string.IsNullOrWhiteSpace(decision.Why));
    }

    [Fact]
    public void workflows_run_in_ascending_priority_with_ties_in_creation_order()
    {
        var config = $$"""
            {"reps":[{{Reps("first", "second", "third")}}],
             "workflows":[
               {"id":"late","priority":5,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"third"}]},
               {"id":"tie-1","priority":1,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"first"}]},
               {"id":"tie-2","priority":1,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"second"}]}]}
            """;
        var (lead, decisions) = new Scenario(config).Create("{}");
        Assert.Equal("first", lead.OwnerId);
        Assert.Equal(["tie-1", "tie-2", "late"], decisions.Select(d => d.WorkflowId));
    }

    [Fact]
    public void a_later_assign_in_the_same_evaluation_is_recorded_as_already_assigned()
    {
        var config = $$"""
            {"reps":[{{Reps("first", "second")}}],
             "workflows":[
               {"id":"one","priority":1,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"first"}]},
               {"id":"two","priority":2,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"second"}]}]}
            """;
        var (lead, decisions) = new Scenario(config).Create("{}");
        Assert.Equal("first", lead.OwnerId);
        Assert.Equal("already_assigned", decisions[1].Outcome);
        Assert.Equal("two", decisions[1].WorkflowId);
    }

    [Fact]
    public void a_lead_no_workflow_assigned_goes_to_the_fallback_pool()
    {
        var config = $$"""
            {"settings":{"fallbackPool":"catch-all"},"reps":[{{Reps("a")}}],
             "pools":[{"id":"catch-all","members":[{"repId":"a"}]}],"workflows":[]}
            """;
        var (lead, decisions) = new Scenario(config).Create("{}");
        Assert.Equal("a", lead.OwnerId);
        Assert.Equal(("fallback", "catch-all"), (decisions.Single().Action, decisions.Single().PoolId));
    }

    [Fact]
    public void without_a_fallback_pool_an_unrouted_lead_stays_unassigned_and_says_why()
    {
        var (lead, decisions) = new Scenario($$"""{"reps":[{{Reps("a")}}]}""").Create("{}");
        Assert.Null(lead.OwnerId);
        Assert.Equal(LeadStatus.Unassigned, lead.Status);
        Assert.Equal("unassigned", decisions.Single().Outcome);
    }

    [Fact]
    public void lead_created_trigger_with_a_source_fires_only_for_that_source()
    {
        var config = $$"""
            {"reps":[{{Reps("a")}}],
             "workflows":[{"id":"web","trigger":{"type":"lead.created","source":"Web"},"actions":[{"type":"assign","rep":"a"}]}]}
            """;
        var scenario = new Scenario(config);
        Assert.Equal("a", scenario.Create("""{"source":"web"}""").Lead.OwnerId);
        Assert.Null(scenario.Create("""{"source":"csv"}""").Lead.OwnerId);
    }
}
