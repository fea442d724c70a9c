using NodaTime;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.FollowUp;

public sealed class SharkTankTests
{
    private static Scenario Create(string pool = "") => new($$"""
        {"reps":[{"id":"a","name":"Anna","email":"a@example.com"},{"id":"b","name":"Ben","email":"b@example.com","active":false},
                 {"id":"c","name":"Chloé"},{"id":"d","name":"Dana","email":"d@example.com"}],
         "pools":[{"id":"tank","name":"Hot leads","strategy":"shark_tank","claimWindow":"PT15M",
                   "members":[{"repId":"a"},{"repId":"b"},{"repId":"c"},{"repId":"d"}]{{pool}}}],
         "workflows":[{"id":"hot","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"tank"}]}]}
        """);

    private static ClaimResult Claim(Scenario scenario, Lead lead, string repId) =>
        Router.Claim(scenario.Config, scenario.State, lead, repId, scenario.Now);

    [Fact]
    public void shark_tank_makes_the_lead_claimable_and_notifies_eligible_members()
    {
        var scenario = Create();
        var now = scenario.Now;
        var (lead, ev) = scenario.CreateEvaluated("""{"company":"ACME"}""");
        Assert.Equal((null, LeadStatus.Claimable, "tank"), (lead.OwnerId, lead.Status, lead.PoolId));
        Assert.Equal(["a@example.com", "d@example.com"], ev.Effects.Messages.Select(m => m.Payload["to"]![0]!.GetValue<string>()));
        var timer = Assert.Single(ev.Effects.Timers);
        Assert.Equal((TimerKinds.ClaimWindow, now + Duration.FromMinutes(15), "tank"), (timer.Kind, timer.DueAt, timer.Payload["poolId"]!.GetValue<string>()));
        var decision = Assert.Single(ev.Decisions, d => d.Action != "handover");
        Assert.Equal(("claimable", "shark_tank"), (decision.Outcome, decision.Strategy));
        Assert.Equal([new Candidate("a", true, null), new Candidate("b", false, EligibilityReasons.Inactive), new Candidate("c", true, null), new Candidate("d", true, null)],
            decision.Candidates);
    }

    [Fact]
    public void first_claim_wins_and_cancels_the_claim_window()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        var result = Claim(scenario, lead, "c");
        Assert.Equal((ClaimOutcome.Claimed, "c", LeadStatus.Assigned, "tank"), (result.Kind, lead.OwnerId, lead.Status, lead.RoutedPoolId));
        Assert.Equal([new TimerCancel(lead.Id, TimerKinds.ClaimWindow)], result.Evaluation.Effects.CancelTimers);
        var decision = Assert.Single(result.Evaluation.Decisions, d => d.Action != "handover");
        Assert.Equal(("shark_tank", "claimed", "c"), (decision.Strategy, decision.Outcome, decision.ChosenRepId));
    }

    [Fact]
    public void second_claim_gets_not_claimable_with_the_winner()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        Claim(scenario, lead, "a");
        var second = Claim(scenario, lead, "d");
        Assert.Equal((ClaimOutcome.NotClaimable, "a"), (second.Kind, second.OwnerId));
        Assert.Empty(second.Evaluation.Decisions);
        Assert.Equal("a", lead.OwnerId);
    }

    [Fact]
    public void claim_by_an_ineligible_or_outside_rep_is_refused_with_the_reason()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        Assert.Equal((ClaimOutcome.NotEligible, EligibilityReasons.Inactive), (Claim(scenario, lead, "b").Kind, Claim(scenario, lead, "b").Reason));
        Assert.Equal((ClaimOutcome.NotEligible, "not_a_member"), (Claim(scenario, lead, "zed").Kind, Claim(scenario, lead, "zed").Reason));
        Assert.Equal(LeadStatus.Claimable, lead.Status);
    }

    [Fact]
    public void claim_cap_refuses_a_rep_at_max_open_claims()
    {
        var scenario = Create(""","maxOpenClaims":1""");
        var (first, _) = scenario.CreateEvaluated("{}");
        var (second, _) = scenario.CreateEvaluated("{}");
        Assert.Equal(ClaimOutcome.Claimed, Claim(scenario, first, "a").Kind);
        var refused = Claim(scenario, second, "a");
        Assert.Equal(ClaimOutcome.CapReached, refused.Kind);
        Assert.Equal(LeadStatus.Claimable, second.Status);
        Assert.Equal(ClaimOutcome.Claimed, Claim(scenario, second, "d").Kind);
    }

    [Fact]
    public void unclaimed_lead_is_assigned_by_after_window_round_robin()
    {
        var scenario = Create();
        var (first, _) = scenario.CreateEvaluated("{}");
        var (second, _) = scenario.CreateEvaluated("{}");
        scenario.Now += Duration.FromMinutes(15);
        var ev = Router.ClaimWindowEnded(scenario.Config, scenario.State, first, scenario.Now);
        Router.ClaimWindowEnded(scenario.Config, scenario.State, second, scenario.Now);
        Assert.Equal(("a", "c"), (first.OwnerId, second.OwnerId));
        var decision = Assert.Single(ev.Decisions, d => d.Action != "handover");
        Assert.Equal(("claim_window", "round_robin", "assigned", "tank"), (decision.Trigger, decision.Strategy, decision.Outcome, decision.PoolId));
    }

    [Fact]
    public void after_window_uses_the_configured_strategy()
    {
        var scenario = Create(""","afterWindow":"least_loaded" """);
        scenario.State.Load("a").Open = 3;
        var (lead, _) = scenario.CreateEvaluated("{}");
        Router.ClaimWindowEnded(scenario.Config, scenario.State, lead, scenario.Now);
        Assert.Equal("c", lead.OwnerId);
    }

    [Fact]
    public void claim_window_ending_after_a_claim_changes_nothing()
    {
        var scenario = Create();
        var (lead, _) = scenario.CreateEvaluated("{}");
        Claim(scenario, lead, "d");
        var ev = Router.ClaimWindowEnded(scenario.Config, scenario.State, lead, scenario.Now);
        Assert.Equal("d", lead.OwnerId);
        Assert.Empty(ev.Decisions);
        Assert.True(ev.Effects.IsEmpty);
    }

    [Fact]
    public void shark_tank_with_nobody_eligible_applies_when_none_eligible()
    {
        var scenario = new Scenario("""
            {"reps":[{"id":"b","name":"Ben","active":false}],
             "pools":[{"id":"tank","strategy":"shark_tank","claimWindow":"PT15M","members":[{"repId":"b"}]}],
             "workflows":[{"id":"hot","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"tank"}]}]}
            """);
        var (lead, ev) = scenario.CreateEvaluated("{}");
        Assert.Equal((LeadStatus.Unassigned, null), (lead.Status, lead.PoolId));
        Assert.Equal("unassigned", Assert.Single(ev.Decisions).Outcome);
        Assert.Empty(ev.Effects.Timers);
    }
}
