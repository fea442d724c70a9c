using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

public sealed class FormSubmittedTests
{
    private static readonly string Config = $$"""
        {"reps":[{{Reps("a", "b", "sato")}}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"}]}],
         "lists":[{"id":"approach","name":"営業アプローチリスト"}],
         "forms":[{"id":"demo-request","fields":[{"key":"email","label":"E","mapsTo":"email"}]},
                  {"id":"contact","fields":[{"key":"email","label":"E","mapsTo":"email"}]}],
         "workflows":[
           {"id":"hokkaido","priority":10,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"web-form","priority":5,"trigger":{"type":"form.submitted","formId":"demo-request"},
            "actions":[{"type":"add_to_list","list":"approach"}]},
           {"id":"any-form","priority":50,"trigger":{"type":"form.submitted"},
            "actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    private static Evaluation Submit(Scenario scenario, string formId, string data) =>
        Router.Evaluate(scenario.Config, scenario.State, scenario.NewLead(data),
            new TriggerEvent(Triggers.LeadCreated) { FormId = formId }, scenario.Now);

    [Fact]
    public void a_form_lead_runs_lead_created_and_its_form_workflows_in_one_priority_order()
    {
        var ev = Submit(new Scenario(Config), "demo-request", """{"region":"北海道"}""");
        Assert.Equal(["web-form", "hokkaido", "any-form"], ev.Decisions.Select(d => d.WorkflowId));
        Assert.Equal(["form.submitted", "lead.created", "form.submitted"], ev.Decisions.Select(d => d.Trigger));
        Assert.Equal("sato", ev.Lead.OwnerId);
        Assert.Equal("already_assigned", ev.Decisions[2].Outcome);
    }

    [Fact]
    public void a_form_submitted_trigger_with_a_form_id_fires_only_for_that_form()
    {
        var ev = Submit(new Scenario(Config), "contact", """{"region":"東京都"}""");
        Assert.Equal(["any-form"], ev.Decisions.Select(d => d.WorkflowId));
        Assert.Equal("a", ev.Lead.OwnerId);
    }

    [Fact]
    public void an_api_lead_fires_no_form_submitted_workflow()
    {
        var (lead, decisions) = new Scenario(Config).Create("""{"region":"東京都"}""");
        Assert.DoesNotContain(decisions, d => d.Trigger == Triggers.FormSubmitted);
        Assert.Null(lead.OwnerId);
    }

    [Fact]
    public void a_form_workflow_adds_the_lead_to_its_list()
    {
        var ev = Submit(new Scenario(Config), "demo-request", """{"region":"東京都"}""");
        Assert.Contains(ev.Effects.Memberships, m => m.Kind == "list" && m.TargetId == "approach" && m.Add);
    }
}
