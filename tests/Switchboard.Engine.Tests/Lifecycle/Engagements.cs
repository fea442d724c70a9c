using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.Lifecycle;

/// <summary>Engagement events for a scenario's lead: each is added to the lead's history and recorded through the router.</summary>
internal sealed class Engagements(Scenario scenario, Lead lead)
{
    public List<LeadEvent> History { get; } = [];

    public Evaluation Record(string type, Instant? at = null, string properties = "{}")
    {
        var received = new LeadEvent
        {
            Id = $"ev{History.Count + 1}", LeadId = lead.Id, Type = type, At = at ?? scenario.Now,
            Properties = JsonNode.Parse(properties)!.AsObject(),
        };
        History.Add(received);
        return Router.RecordEvent(scenario.Config, scenario.State, lead, received, History, scenario.Now);
    }

    public void Times(int count, string type)
    {
        for (var i = 0; i < count; i++) Record(type);
    }
}
