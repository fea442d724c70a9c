using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class DelayedActionTests
{
    private const string DelayedNotify = """{"type":"notify","channel":"email","to":"owner","delay":"PT10M"}""";

    [Fact]
    public void delayed_action_is_scheduled_not_run()
    {
        var scenario = With($"{AssignSato},{DelayedNotify}");
        var now = scenario.Now;
        var (lead, ev) = scenario.CreateEvaluated(Hanako);
        Assert.Empty(ev.Effects.Messages);
        var timer = Assert.Single(ev.Effects.Timers);
        Assert.Equal((TimerKinds.Action, now + Duration.FromMinutes(10), lead.Id), (timer.Kind, timer.DueAt, timer.LeadId));
        Assert.Equal(("follow-up", 1, "lead.created"), (Str(timer.Payload["workflowId"]), timer.Payload["actionIndex"]!.GetValue<int>(), Str(timer.Payload["trigger"])));
        Assert.Equal("scheduled", Of(ev, "notify").Outcome);
    }

    [Fact]
    public void delayed_action_runs_when_its_timer_fires()
    {
        var scenario = With($"{AssignSato},{DelayedNotify}");
        var (lead, _) = scenario.CreateEvaluated(Hanako);
        var ev = Router.RunDelayedAction(scenario.Config, scenario.State, lead, "follow-up", 1, Triggers.LeadCreated, scenario.Now + Duration.FromMinutes(10));
        Assert.Equal(["sato@example.jp"], To(Assert.Single(ev.Effects.Messages)));
        Assert.Equal(("notified", "lead.created"), (Of(ev, "notify").Outcome, Of(ev, "notify").Trigger));
        Assert.Empty(ev.Effects.Timers);
    }

    [Fact]
    public void delayed_action_of_a_workflow_no_longer_configured_is_skipped()
    {
        var scenario = With($"{AssignSato},{DelayedNotify}");
        var (lead, _) = scenario.CreateEvaluated(Hanako);
        var next = new Scenario($$"""{"reps":[{{Reps}}]}""", version: 8);
        var ev = Router.RunDelayedAction(next.Config, scenario.State, lead, "follow-up", 1, Triggers.LeadCreated, scenario.Now);
        var decision = Assert.Single(ev.Decisions);
        Assert.Equal(("skipped", 8), (decision.Outcome, decision.ConfigVersion));
        Assert.Empty(ev.Effects.Messages);
    }

    [Fact]
    public void delayed_action_index_that_is_no_longer_delayed_is_skipped()
    {
        var scenario = With($"{AssignSato},{DelayedNotify}");
        var (lead, _) = scenario.CreateEvaluated(Hanako);
        var ev = Router.RunDelayedAction(scenario.Config, scenario.State, lead, "follow-up", 0, Triggers.LeadCreated, scenario.Now);
        Assert.Equal("skipped", Assert.Single(ev.Decisions).Outcome);
        Assert.Equal("sato", lead.OwnerId);
    }

    [Fact]
    public void delayed_assign_keeps_a_new_lead_out_of_fallback_until_it_runs()
    {
        var scenario = new Scenario($$"""
            {"settings":{"fallbackPool":"all"},"reps":[{{Reps}}],"pools":[{"id":"all","members":[{"repId":"park"}]}],
             "workflows":[{"id":"later","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"sato","delay":"PT5M"}]}]}
            """);
        var (lead, ev) = scenario.CreateEvaluated(Hanako);
        Assert.Equal((null, "scheduled"), (lead.OwnerId, Assert.Single(ev.Decisions).Outcome));
        Router.RunDelayedAction(scenario.Config, scenario.State, lead, "later", 0, Triggers.LeadCreated, scenario.Now + Duration.FromMinutes(5));
        Assert.Equal("sato", lead.OwnerId);
    }
}
