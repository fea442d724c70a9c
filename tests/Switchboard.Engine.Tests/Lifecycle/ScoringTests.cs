using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Lifecycle;

public sealed class ScoringTests
{
    private static Scenario With(string scoring, string workflows = "[]") => new($$"""
        {"reps":[{{Reps("kim", "sato")}}],
         "lists":[{"id":"hot","name":"HOT"}],
         "scoring":{{scoring}},
         "workflows":{{workflows}}}
        """);

    private const string Manufacturing = """
        {"fit":[{"when":{"field":"industry","op":"in","value":["manufacturing","製造業"]},"points":30},
                {"when":{"field":"employees","op":"gte","value":100},"points":15},
                {"when":{"field":"email","op":"ends_with","value":"@gmail.com"},"points":-10}],
         "events":{"page_visit":{"points":2,"max":20},"seminar_attended":{"points":25}}}
        """;

    [Fact]
    public void a_new_lead_scores_the_points_of_every_fit_rule_it_matches()
    {
        var scenario = With(Manufacturing);
        var (lead, decisions) = scenario.Create("""{"industry":"製造業","employees":"２５０","email":"a@gmail.com"}""");
        Assert.Equal(35, lead.Score);
        Assert.Equal("cold", lead.Grade);
        Assert.Contains("fit[0], fit[1], fit[2]", Assert.Single(decisions, d => d.Outcome == "scored").Why);
    }

    [Fact]
    public void grades_follow_the_default_bands_hot_70_warm_40_else_cold()
    {
        var scenario = With("""{"fit":[{"when":{"field":"fields.points","op":"exists"},"points":0}],"events":{"custom":{"points":1}}}""");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        var grades = new List<string?>();
        foreach (var target in new[] { 39, 40, 69, 70 })
        {
            events.Times(target - lead.Score, "custom");
            grades.Add(lead.Grade);
        }
        Assert.Equal(["cold", "warm", "warm", "hot"], grades);
    }

    [Fact]
    public void configured_grades_replace_the_defaults_and_a_score_below_all_gets_the_lowest()
    {
        var scenario = With("""{"fit":[{"when":{"field":"fields.bad","op":"exists"},"points":-50}],"grades":[{"name":"A","min":10},{"name":"B","min":0}]}""");
        Assert.Equal("B", scenario.Create("""{"fields":{"bad":true}}""").Lead.Grade);
        Assert.Equal(-50, scenario.Create("""{"fields":{"bad":true}}""").Lead.Score);
    }

    [Fact]
    public void event_points_stop_at_the_cap_of_their_type()
    {
        var scenario = With(Manufacturing);
        var (lead, _) = scenario.Create("{}");
        new Engagements(scenario, lead).Times(15, EventTypes.PageVisit);
        Assert.Equal(20, lead.Score);
    }

    [Fact]
    public void a_cap_limits_only_its_own_type()
    {
        var scenario = With(Manufacturing);
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        events.Times(15, EventTypes.PageVisit);
        events.Record(EventTypes.SeminarAttended);
        Assert.Equal(45, lead.Score);
    }

    [Fact]
    public void event_points_halve_every_half_life_of_their_age()
    {
        var scenario = With("""{"events":{"seminar_attended":{"points":40}},"halfLife":"P30D"}""");
        var (lead, _) = scenario.Create("{}");
        var events = new Engagements(scenario, lead);
        events.Record(EventTypes.SeminarAttended, at: scenario.Now - Duration.FromDays(60));
        Assert.Equal(10, lead.Score);
        events.Record(EventTypes.SeminarAttended, at: scenario.Now - Duration.FromDays(30));
        Assert.Equal(30, lead.Score);
    }

    [Fact]
    public void an_unlisted_event_type_scores_nothing()
    {
        var scenario = With(Manufacturing);
        var (lead, _) = scenario.Create("{}");
        new Engagements(scenario, lead).Record(EventTypes.EmailOpen);
        Assert.Equal(0, lead.Score);
    }

    [Fact]
    public void an_update_rescores_the_fields_and_keeps_the_event_points()
    {
        var scenario = With(Manufacturing);
        var (lead, _) = scenario.Create("{}");
        new Engagements(scenario, lead).Record(EventTypes.SeminarAttended);
        lead.Data["industry"] = "manufacturing";
        scenario.Update(lead, "industry");
        Assert.Equal(55, lead.Score);
        Assert.Equal("warm", lead.Grade);
    }

    [Fact]
    public void lead_created_conditions_see_the_new_score_and_grade()
    {
        var scenario = With(Manufacturing, """
            [{"id":"fit-leads","trigger":{"type":"lead.created"},"conditions":{"all":[{"field":"score","op":"gte","value":30}]},
              "actions":[{"type":"assign","rep":"sato"}]},
             {"id":"rest","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"kim"}]}]
            """);
        Assert.Equal("sato", scenario.Create("""{"industry":"manufacturing"}""").Lead.OwnerId);
        Assert.Equal("kim", scenario.Create("""{"industry":"retail"}""").Lead.OwnerId);
    }

    [Fact]
    public void without_a_scoring_section_leads_keep_score_zero_and_no_grade()
    {
        var scenario = new Scenario($$"""{"reps":[{{Reps("kim")}}]}""");
        var (lead, decisions) = scenario.Create("""{"industry":"manufacturing"}""");
        Assert.Equal((0, null), (lead.Score, lead.Grade));
        Assert.DoesNotContain(decisions, d => d.Outcome == "scored");
    }
}
