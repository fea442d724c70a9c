using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Lifecycle;

public sealed class ScoreCrossedTests
{
    private static Scenario With(string trigger, string halfLife = "null") => new($$"""
        {"reps":[{{Reps("kim")}}],
         "lists":[{"id":"hot","name":"HOT"}],
         "scoring":{"halfLife":{{halfLife}},"fit":[{"when":{"field":"industry","op":"eq","value":"manufacturing"},"points":75}],
                    "events":{"campaign_reaction":{"points":15},"page_visit":{"points":10} } },
         "workflows":[{"id":"hot","trigger":{{trigger}},"actions":[{"type":"add_to_list","list":"hot"}]}]}
        """);

    private static bool Listed(Engine.Workflows.Evaluation ev) => ev.Effects.Memberships.Any(m => m.TargetId == "hot" && m.Add);

    [Fact]
    public void rising_into_the_grade_fires_score_crossed_once()
    {
        var scenario = With("""{"type":"score.crossed","grade":"hot"}""");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        var fired = Enumerable.Range(0, 6).Select(_ => Listed(events.Record(EventTypes.CampaignReaction))).ToList();
        Assert.Equal([false, false, false, false, true, false], fired);
    }

    [Fact]
    public void falling_out_of_a_grade_never_fires_and_rising_again_does()
    {
        var scenario = With("""{"type":"score.crossed","grade":"hot"}""", halfLife: "\"P1D\"");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        events.Times(4, EventTypes.CampaignReaction);
        Assert.Equal("warm", lead.Grade);
        Assert.True(Listed(events.Record(EventTypes.CampaignReaction)));
        scenario.Now += Duration.FromDays(2);
        var decayed = events.Record(EventTypes.PageVisit);
        Assert.Equal("cold", lead.Grade);
        Assert.False(Listed(decayed));
        events.Times(2, EventTypes.CampaignReaction);
        Assert.True(Listed(events.Record(EventTypes.CampaignReaction)));
    }

    [Fact]
    public void a_threshold_fires_when_the_score_passes_it_within_a_grade()
    {
        var scenario = With("""{"type":"score.crossed","threshold":50}""");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        events.Times(3, EventTypes.CampaignReaction);
        Assert.True(Listed(events.Record(EventTypes.PageVisit)));
        Assert.Equal((55, "warm"), (lead.Score, lead.Grade));
        Assert.False(Listed(events.Record(EventTypes.PageVisit)));
    }

    [Fact]
    public void a_lead_created_hot_fires_score_crossed()
    {
        var scenario = With("""{"type":"score.crossed","grade":"hot"}""");
        var (lead, evaluation) = scenario.CreateEvaluated("""{"industry":"manufacturing"}""");
        Assert.Equal("hot", lead.Grade);
        Assert.Equal("score.crossed", Assert.Single(evaluation.Decisions, d => d.WorkflowId == "hot").Trigger);
        Assert.False(Listed(scenario.CreateEvaluated("{}").Evaluation));
    }

    [Fact]
    public void without_parameters_any_rise_of_the_grade_fires()
    {
        var scenario = With("""{"type":"score.crossed"}""");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        var fired = Enumerable.Range(0, 5).Select(_ => Listed(events.Record(EventTypes.CampaignReaction))).ToList();
        Assert.Equal([false, false, true, false, true], fired);
    }
}
