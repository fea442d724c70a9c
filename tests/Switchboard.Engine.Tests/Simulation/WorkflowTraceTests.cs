using Switchboard.Engine.Simulation;
using Switchboard.Engine.Tests.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Simulation;

/// <summary>The trace of a dry run: every workflow of the trigger, in order, and why each one that did not match did not.</summary>
public sealed class WorkflowTraceTests
{
    private static Scenario Territories() => new($$"""
        {"reps":[{{Reps("sato", "kim", "tanaka", "lee")}}],
         "workflows":[
           {"id":"web-only","name":"Web leads","priority":5,"trigger":{"type":"lead.created","source":"web"},
            "actions":[{"type":"assign","rep":"lee"}]},
           {"id":"hokkaido","name":"Hokkaido territory","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"country","op":"eq","value":"JP"},{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"paused","name":"Paused rule","priority":15,"enabled":false,"trigger":{"type":"lead.created"},
            "actions":[{"type":"assign","rep":"lee"}]},
           {"id":"japan","name":"Japan","priority":20,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"field":"country","op":"eq","value":"JP"},"actions":[{"type":"assign","rep":"tanaka"}]},
           {"id":"rest","name":"Everyone else","priority":30,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"kim"}]},
           {"id":"updates","priority":1,"trigger":{"type":"lead.updated"},"actions":[{"type":"assign","rep":"kim"}]}]}
        """);

    private static RoutedLead Preview(Scenario scenario, string data) =>
        DryRun.NewLead(scenario.Config, scenario.State, scenario.NewLead(data), scenario.Now);

    [Fact]
    public void every_workflow_of_the_trigger_is_listed_in_evaluation_order_matched_or_not()
    {
        var trace = Preview(Territories(), """{"country":"JP","region":"東京都","source":"csv"}""").Trace.Single();

        Assert.Equal("lead.created", trace.Trigger);
        Assert.Equal(
            ["web-only:not_matched", "hokkaido:not_matched", "paused:disabled", "japan:matched", "rest:not_reached"],
            trace.Workflows.Select(w => $"{w.WorkflowId}:{w.Status}"));
        Assert.Equal(("Japan", 20, true), (trace.Workflows[3].Name, trace.Workflows[3].Priority, trace.Workflows[3].Matched));
    }

    [Fact]
    public void a_workflow_that_did_not_match_names_its_first_failed_condition_with_the_leads_value()
    {
        var failed = Preview(Territories(), """{"country":"JP","region":"東京都"}""").Trace[0].Workflows[1].Failed!;

        Assert.Equal("conditions.all[1]: region \"東京都\" does not contain \"北海道\"", failed.Text);
        Assert.Equal(("conditions.all[1]", "region", "contains", "北海道"), (failed.Path, failed.Field, failed.Op, failed.Value!.Value.GetString()));
        Assert.Equal(["東京都"], failed.LeadValues);
    }

    [Fact]
    public void a_workflow_passed_over_unevaluated_by_the_screen_is_still_listed_with_its_failure()
    {
        var scenario = Territories();
        for (var i = 0; i < 3; i++) Preview(scenario, """{"country":"DE","region":"Bayern"}"""); // the value's verdict is remembered

        var trace = Preview(scenario, """{"country":"DE","region":"Bayern"}""").Trace[0];

        Assert.Equal("conditions.all[0]: country \"DE\" is not \"JP\"", trace.Workflows[1].Failed!.Text);
        Assert.Equal("conditions: country \"DE\" is not \"JP\"", trace.Workflows[3].Failed!.Text);
        Assert.Equal(TraceStatus.Matched, trace.Workflows[4].Status);
    }

    [Fact]
    public void the_stop_on_match_workflow_is_marked_and_the_ones_after_it_say_it_ended_the_walk()
    {
        var trace = Preview(Territories(), """{"country":"JP","region":"北海道札幌市"}""").Trace[0];

        Assert.True(trace.Workflows[1].StoppedHere);
        Assert.All(trace.Workflows.Where(w => w.WorkflowId != "hokkaido"), w => Assert.Null(w.StoppedHere));
        Assert.Equal([TraceStatus.NotReached, TraceStatus.NotReached], trace.Workflows.Skip(3).Select(w => w.Status));
        Assert.Equal("workflow hokkaido matched first and stops the walk (stopOnMatch)", trace.Workflows[4].Failed!.Text);
    }

    [Fact]
    public void a_disabled_workflow_is_listed_as_disabled_without_a_failure()
    {
        var paused = Preview(Territories(), """{"country":"JP"}""").Trace[0].Workflows[2];

        Assert.Equal(("paused", TraceStatus.Disabled, false), (paused.WorkflowId, paused.Status, paused.Matched));
        Assert.Null(paused.Failed);
    }

    [Fact]
    public void a_trigger_source_that_does_not_fire_is_named_with_the_leads_source()
    {
        var webOnly = Preview(Territories(), """{"country":"JP","source":"csv"}""").Trace[0].Workflows[0];

        Assert.Equal(("trigger.source", "trigger.source: source \"csv\" is not \"web\""), (webOnly.Failed!.Path, webOnly.Failed.Text));
    }

    [Fact]
    public void workflows_of_other_triggers_are_not_listed()
    {
        var trace = Preview(Territories(), """{"country":"JP"}""").Trace;

        Assert.DoesNotContain(trace.SelectMany(t => t.Workflows), w => w.WorkflowId == "updates");
    }

    [Fact]
    public void a_stored_leads_walk_matches_conditions_and_runs_no_action()
    {
        var scenario = new Scenario($$"""
            {"reps":[{{Reps("sato")}}],
             "workflows":[
               {"id":"tag","priority":10,"trigger":{"type":"lead.created"},"conditions":{"field":"region","op":"contains","value":"北海道"},
                "actions":[{"type":"set_field","field":"fields.優先度","value":"高"},{"type":"assign","rep":"sato"}]}]}
            """);
        var lead = scenario.NewLead("""{"region":"北海道"}""");

        var trace = DryRun.StoredLead(scenario.Config, lead, "lead.created");

        Assert.Equal(TraceStatus.Matched, trace.Workflows.Single().Status);
        Assert.Null(lead.OwnerId);
        Assert.Equal("""{"region":"北海道"}""", lead.Data.ToJsonString(Json.EngineJson.Options));
    }
}
