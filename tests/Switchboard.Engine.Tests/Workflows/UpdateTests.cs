using System.Text.Json.Nodes;
using Switchboard.Engine.Workflows;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

public sealed class UpdateTests
{
    private static readonly string Config = $$"""
        {"reps":[{{Reps("a", "b", "c", "x")}}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}]},
                  {"id":"factory","members":[{"repId":"x"}]}],
         "workflows":[
           {"id":"created","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"any-update","trigger":{"type":"lead.updated"},"actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"industry","priority":-1,"trigger":{"type":"lead.updated","fields":["industry"]},
            "conditions":{"all":[{"field":"industry","op":"eq","value":"製造業"}]},
            "actions":[{"type":"assign","pool":"factory","reassign":true}]}]}
        """;

    [Fact]
    public void updating_an_assigned_lead_neither_reassigns_it_nor_moves_the_cursor()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("{}");
        var cursor = (scenario.State.Pool("inbound").CursorRepId, scenario.State.Pool("inbound").CursorPosition);
        lead.Data["city"] = "Busan";
        scenario.Update(lead, "city");
        Assert.Equal("a", lead.OwnerId);
        Assert.Equal(cursor, (scenario.State.Pool("inbound").CursorRepId, scenario.State.Pool("inbound").CursorPosition));
        Assert.Equal("b", scenario.Create("{}").Lead.OwnerId);
    }

    [Fact]
    public void an_assign_with_reassign_moves_an_owned_lead_when_its_fields_trigger_fires()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("{}");
        lead.Data["industry"] = "製造業";
        var decisions = scenario.Update(lead, "industry");
        Assert.Equal("x", lead.OwnerId);
        Assert.Equal(["a"], lead.PreviousOwners);
        Assert.Equal(0, scenario.State.Load("a").Open);
        Assert.Equal("assigned", decisions.First(d => d.WorkflowId == "industry").Outcome);
    }

    [Fact]
    public void a_fields_trigger_does_not_fire_when_other_fields_changed()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"industry":"製造業"}""");
        var decisions = scenario.Update(lead, "city");
        Assert.Equal("a", lead.OwnerId);
        Assert.DoesNotContain(decisions, d => d.WorkflowId == "industry");
    }

    [Fact]
    public void reassign_keeps_an_owner_who_is_already_an_eligible_member_of_the_pool()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"industry":"製造業"}""");
        scenario.Update(lead, "industry");
        var decisions = scenario.Update(lead, "industry");
        Assert.Equal("x", lead.OwnerId);
        Assert.Equal("kept", decisions.First(d => d.WorkflowId == "industry").Outcome);
        Assert.Equal(1, scenario.State.Pool("factory").Assignments);
    }

    [Fact]
    public void an_unowned_lead_is_assigned_on_update()
    {
        var scenario = new Scenario(Config);
        var lead = scenario.NewLead("{}");
        scenario.Update(lead, "city");
        Assert.Equal("a", lead.OwnerId);
        Assert.Equal(LeadStatus.Assigned, lead.Status);
    }
}

public sealed class LeadChangeTests
{
    private static readonly string Config = $$"""
        {"reps":[{{Scenario.Reps("a")}}],
         "workflows":[{"id":"created","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"a"}]},
                      {"id":"updated","trigger":{"type":"lead.updated","fields":["city"]},"actions":[{"type":"set_field","field":"fields.seen","value":true}]}]}
        """;

    [Fact]
    public void an_update_runs_lead_updated_with_what_changed()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"city":"Seoul"}""");
        var update = Router.Update(scenario.Config, scenario.State, lead, new LeadChange(JsonNode.Parse("""{"city":"Busan"}""")!.AsObject()), null, scenario.Now).Value!;
        Assert.Equal(["city"], update.Changed);
        Assert.Contains(update.Decisions, d => d.WorkflowId == "updated");
    }

    [Fact]
    public void an_update_that_changes_nothing_decides_nothing()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"city":"Seoul"}""");
        var update = Router.Update(scenario.Config, scenario.State, lead, new LeadChange(JsonNode.Parse("""{"city":"Seoul"}""")!.AsObject()), null, scenario.Now).Value!;
        Assert.Equal((0, 0), (update.Changed.Count, update.Decisions.Count));
    }

    [Fact]
    public void a_stage_the_configuration_lacks_is_refused_before_anything_changes()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"city":"Seoul"}""");
        var refusal = Router.Update(scenario.Config, scenario.State, lead, new LeadChange(JsonNode.Parse("""{"city":"Busan"}""")!.AsObject(), "Nowhere"), null, scenario.Now).Refusal!;
        Assert.Equal((RefusalKind.Invalid, "stage"), (refusal.Kind, refusal.Path));
        Assert.Equal("Seoul", (string?)lead.Data["city"]);
    }

    [Fact]
    public void disqualifying_closes_the_lead_and_frees_its_owners_open_count()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("{}");
        var update = Router.Update(scenario.Config, scenario.State, lead, new LeadChange([], Status: LeadStatus.Disqualified), null, scenario.Now).Value!;
        Assert.Equal(["status"], update.Changed);
        Assert.Equal((LeadStatus.Disqualified, 0), (lead.Status, scenario.State.Load("a").Open));
    }
}
