using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class TaskHandoverTests
{
    private static Scenario Inbound() => new($$"""
        {"reps":[{{SlaScenario.Reps}}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"}]}],
         "workflows":[{"id":"route","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """);

    private static Decision Handover(Evaluation ev) => Assert.Single(ev.Decisions, d => d.Action == "handover");

    [Fact]
    public void a_reject_hands_the_leads_open_tasks_to_the_new_owner()
    {
        var scenario = Inbound();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.Reject(scenario.Config, scenario.State, lead, "a", "wrong_region", scenario.Now).Value!;
        Assert.Equal([new TaskHandover(lead.Id, "b")], ev.Effects.TaskHandovers);
        Assert.Equal(("handed_over", "b"), (Handover(ev).Outcome, Handover(ev).ChosenRepId));
    }

    [Fact]
    public void the_new_owner_after_a_reject_is_emailed_like_a_new_owner()
    {
        var scenario = Inbound();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.Reject(scenario.Config, scenario.State, lead, "a", "wrong_region", scenario.Now).Value!;
        var email = Assert.Single(ev.Effects.Messages);
        Assert.Equal(["b@example.com"], To(email));
        Assert.StartsWith("Lead handed to you", Str(email.Payload["subject"]));
    }

    [Fact]
    public void a_manual_assignment_hands_the_tasks_to_the_chosen_rep()
    {
        var scenario = Inbound();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.AssignManually(scenario.Config, scenario.State, lead, "c", "m", scenario.Now).Value!;
        Assert.Equal([new TaskHandover(lead.Id, "c")], ev.Effects.TaskHandovers);
        Assert.Contains("from a to c", Handover(ev).Why);
    }

    [Fact]
    public void a_new_leads_first_owner_is_no_handover()
    {
        var (_, ev) = Inbound().CreateEvaluated("{}");
        Assert.Empty(ev.Effects.TaskHandovers);
        Assert.DoesNotContain(ev.Decisions, d => d.Action == "handover");
    }

    [Fact]
    public void a_task_made_before_the_assignment_in_the_same_step_gets_the_owner()
    {
        var (_, ev) = With($$"""{"type":"create_task","title":"Call"},{{AssignSato}}""").CreateEvaluated(Hanako);
        Assert.Equal("sato", Assert.Single(ev.Effects.Tasks).OwnerId);
        Assert.Equal("sato", Handover(ev).ChosenRepId);
    }

    [Fact]
    public void a_step_that_keeps_the_owner_hands_nothing_over()
    {
        var scenario = Inbound();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.Touch(scenario.Config, scenario.State, lead, "call", scenario.Now);
        Assert.Empty(ev.Effects.TaskHandovers);
    }

    [Fact]
    public void an_owner_change_on_a_converted_lead_hands_its_tasks_over_too()
    {
        var scenario = new Scenario($$"""
            {"reps":[{{SlaScenario.Reps}}],
             "workflows":[{"id":"route","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"a"}]},
                          {"id":"won","trigger":{"type":"deal.stage.changed","to":"won"},"actions":[{"type":"assign","rep":"b","reassign":true}]}]}
            """);
        var (lead, _) = scenario.CreateEvaluated("{}");
        var deal = Router.Convert(scenario.Config, scenario.State, lead, new DealRequest("deal-1", 100), scenario.Now).Value!.Deal;
        var won = Router.MoveDeal(scenario.Config, scenario.State, lead, deal, "won", scenario.Now).Value!.Evaluation;
        Assert.Equal("b", lead.OwnerId);
        Assert.Equal([new TaskHandover(lead.Id, "b")], won.Effects.TaskHandovers);
    }
}
