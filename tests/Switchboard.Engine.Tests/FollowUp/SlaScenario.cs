using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.FollowUp;

/// <summary>A round-robin pool a, b, c with an SLA; m manages a and b (with an address), c has no manager.</summary>
internal static class SlaScenario
{
    public const string Reps = """
        {"id":"a","name":"Anna","email":"a@example.com","managerId":"m"},
        {"id":"b","name":"Ben","email":"b@example.com","managerId":"m"},
        {"id":"c","name":"Chloé","email":"c@example.com"},
        {"id":"m","name":"Mira","email":"m@example.com","role":"manager"}
        """;

    public static Scenario Create(string sla = """{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}""", string workflowExtra = "", string moreWorkflows = "") => new($$"""
        {"reps":[{{Reps}}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}],"sla":{{sla}}}],
         "workflows":[{"id":"route","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]{{workflowExtra}}}{{moreWorkflows}}]}
        """);

    /// <summary>The SLA timer an evaluation started.</summary>
    public static TimerRequest SlaTimer(Evaluation ev) => Assert.Single(ev.Effects.Timers, t => t.Kind == TimerKinds.Sla);

    /// <summary>Fires the evaluation's SLA timer at its due time.</summary>
    public static Evaluation Breach(Scenario scenario, Lead lead, Evaluation ev)
    {
        var timer = SlaTimer(ev);
        scenario.Now = timer.DueAt;
        return Router.SlaBreached(scenario.Config, scenario.State, lead, timer.Payload, timer.DueAt);
    }
}
