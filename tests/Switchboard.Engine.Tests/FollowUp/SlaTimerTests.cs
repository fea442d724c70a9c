using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.FollowUp.SlaScenario;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class SlaTimerTests
{
    [Fact]
    public void sla_timer_starts_at_assignment()
    {
        var scenario = Create();
        var now = scenario.Now;
        var (lead, ev) = scenario.CreateEvaluated("{}");
        var timer = SlaTimer(ev);
        Assert.Equal((now + Duration.FromHours(1), lead.Id), (timer.DueAt, timer.LeadId));
        Assert.Equal(("inbound", "a", "PT1H", "reassign", 2), (
            timer.Payload["poolId"]!.GetValue<string>(), timer.Payload["ownerId"]!.GetValue<string>(),
            timer.Payload["firstTouch"]!.GetValue<string>(), timer.Payload["onBreach"]!.GetValue<string>(),
            timer.Payload["maxReassignments"]!.GetValue<int>()));
        Assert.Equal("inbound", lead.RoutedPoolId);
    }

    [Fact]
    public void workflow_sla_wins_over_the_pool_sla()
    {
        var scenario = Create(workflowExtra: ""","sla":{"firstTouch":"PT15M","onBreach":"notify","maxReassignments":0}""");
        var now = scenario.Now;
        var timer = SlaTimer(scenario.CreateEvaluated("{}").Evaluation);
        Assert.Equal((now + Duration.FromMinutes(15), "route", "notify"),
            (timer.DueAt, timer.Payload["workflowId"]!.GetValue<string>(), timer.Payload["onBreach"]!.GetValue<string>()));
    }

    [Fact]
    public void direct_assignment_has_no_routed_pool_and_runs_the_workflow_sla()
    {
        var scenario = new Scenario($$"""
            {"reps":[{{Reps}}],
             "workflows":[{"id":"vip","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"c"}],"sla":{"firstTouch":"PT30M"} }]}
            """);
        var (lead, ev) = scenario.CreateEvaluated("{}");
        Assert.Null(lead.RoutedPoolId);
        Assert.Equal("c", SlaTimer(ev).Payload["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public void pool_without_sla_starts_no_timer() =>
        Assert.Empty(new Scenario($$"""
            {"reps":[{{Reps}}],"pools":[{"id":"p","members":[{"repId":"a"}]}],
             "workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"p"}]}]}
            """).CreateEvaluated("{}").Evaluation.Effects.Timers);

    [Fact]
    public void touch_cancels_the_sla_timer()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.Touch(scenario.Config, scenario.State, lead, "call", scenario.Now);
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.Sla)], ev.Effects.CancelTimers);
        Assert.Equal(scenario.Now, lead.FirstTouchAt);
        Assert.Equal(("touch", "touched"), (ev.Decisions.Single().Action, ev.Decisions.Single().Outcome));
    }

    [Fact]
    public void a_later_touch_keeps_the_first_touch_time()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var first = scenario.Now;
        Router.Touch(scenario.Config, scenario.State, lead, "call", first);
        Router.Touch(scenario.Config, scenario.State, lead, "email", first + Duration.FromHours(3));
        Assert.Equal(first, lead.FirstTouchAt);
    }

    [Fact]
    public void stage_leaving_new_stops_the_sla_clock()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        lead.Stage = "Working";
        var ev = Router.StageChanged(scenario.Config, scenario.State, lead, "New", scenario.Now);
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.Sla)], ev.Effects.CancelTimers);
        Assert.Equal("stage_changed", ev.Decisions.Single().Outcome);
    }

    [Fact]
    public void set_stage_after_assign_on_a_new_lead_leaves_no_sla_timer_and_nothing_to_cancel()
    {
        var scenario = Create(workflowExtra: "", moreWorkflows: """
            ,{"id":"work","priority":5,"trigger":{"type":"lead.created"},"actions":[{"type":"set_stage","stage":"Working"}]}
            """);
        Assert.True(scenario.CreateEvaluated("{}").Evaluation.Effects.IsEmpty);
    }

    [Fact]
    public void reassignment_cancels_the_old_sla_timer_before_starting_a_new_one()
    {
        var scenario = Create(moreWorkflows: """
            ,{"id":"move","trigger":{"type":"lead.updated"},"actions":[{"type":"assign","rep":"c","reassign":true}],"sla":{"firstTouch":"PT2H"}}
            """);
        var (lead, _) = scenario.CreateEvaluated("{}");
        var ev = Router.Evaluate(scenario.Config, scenario.State, lead, new TriggerEvent(Triggers.LeadUpdated, ["city"]), scenario.Now);
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.Sla)], ev.Effects.CancelTimers);
        Assert.Equal("c", SlaTimer(ev).Payload["ownerId"]!.GetValue<string>());
        Assert.Null(lead.RoutedPoolId);
    }
}
