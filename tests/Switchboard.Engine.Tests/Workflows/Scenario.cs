using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Tests.Workflows;

/// <summary>A configuration written as JSON (as users write it), validated, compiled, and leads run through it.</summary>
internal sealed class Scenario
{
    public Scenario(string configJson, int version = 7)
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>(configJson, EngineJson.Options)! with { Version = version };
        var errors = ConfigValidator.Validate(config);
        Assert.True(errors.Count == 0, "scenario config is invalid: " + string.Join("; ", errors));
        Config = CompiledConfig.Compile(config);
    }

    public CompiledConfig Config { get; }
    public RoutingState State { get; } = new();
    public Instant Now { get; set; } = Instant.FromUtc(2026, 6, 10, 3, 0);

    public Lead NewLead(string dataJson) => new()
    {
        Id = "ld_" + Guid.NewGuid().ToString("N")[..8],
        Data = JsonNode.Parse(dataJson)!.AsObject(),
        CreatedAt = Now,
    };

    public (Lead Lead, IReadOnlyList<Decision> Decisions) Create(string dataJson)
    {
        var lead = NewLead(dataJson);
        var decisions = Router.Run(Config, State, lead, new TriggerEvent(Triggers.LeadCreated), Now);
        Now += Duration.FromSeconds(1);
        return (lead, decisions);
    }

    /// <summary>Creates and routes a lead (lead.created), returning the whole evaluation with its effects.</summary>
    public (Lead Lead, Evaluation Evaluation) CreateEvaluated(string dataJson)
    {
        var lead = NewLead(dataJson);
        var evaluation = Router.Evaluate(Config, State, lead, new TriggerEvent(Triggers.LeadCreated), Now);
        Now += Duration.FromSeconds(1);
        return (lead, evaluation);
    }

    public IReadOnlyList<Decision> Update(Lead lead, params string[] changed) =>
        Router.Run(Config, State, lead, new TriggerEvent(Triggers.LeadUpdated, changed), Now);

    public string Owners(int count, string dataJson = "{}") =>
        string.Join(" ", Enumerable.Range(0, count).Select(_ => Create(dataJson).Lead.OwnerId ?? "-"));

    public static string Reps(params string[] ids) =>
        string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"{{id}}"}"""));
}
