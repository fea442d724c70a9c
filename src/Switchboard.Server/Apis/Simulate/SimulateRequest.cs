using System.Text.Json.Nodes;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Apis.Leads;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>
/// A <c>POST /api/simulate</c> body: <c>leads</c> (1 to <see cref="LeadPreview.MaxLeads"/>, each exactly as
/// <c>POST /api/leads</c> takes it) and an optional draft <c>config</c>. Errors name their path in the body
/// (<c>leads[2].email</c>, <c>config.workflows[0].conditions.op</c>). Or, instead of leads, <c>replay</c>: a period of
/// stored leads to route again (<see cref="ReplayRequest"/>), answered as a job.
/// </summary>
public sealed record SimulateRequest(IReadOnlyList<Submission> Leads, JsonNode? Config, ReplayPeriod? Replay)
{
    private static readonly string[] Known = ["config", "leads", "replay"];

    /// <summary>The body's leads and draft, or every error found in them.</summary>
    public static (SimulateRequest? Request, List<ValidationError> Errors) Read(JsonObject body, NodaTime.Instant now)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, _) in body)
            if (!Known.Contains(key, StringComparer.Ordinal))
                errors.Add(new ValidationError(key, $"unknown member '{key}': a simulation takes leads or replay, and config"));
        ReplayPeriod? replay = null;
        if (body.ContainsKey("replay") && body.ContainsKey("leads"))
            errors.Add(new ValidationError("replay", "send leads (a preview) or replay (stored leads of a period), not both"));
        else if (body.ContainsKey("replay"))
            replay = ReplayRequest.Read(body["replay"], now, errors);
        var config = body["config"];
        if (body.ContainsKey("config") && config is not JsonObject && config is not null)
            errors.Add(new ValidationError("config", "must be a configuration document (an object), or left out for the live one"));
        var leads = ReadLeads(body, errors);
        return errors.Count > 0 ? (null, errors) : (new SimulateRequest(leads, config, replay), errors);
    }

    private static List<Submission> ReadLeads(JsonObject body, List<ValidationError> errors)
    {
        var leads = new List<Submission>();
        if (body["leads"] is not JsonArray items)
        {
            if (!body.ContainsKey("replay"))
                errors.Add(new ValidationError("leads", "must be a list of 1 to " + LeadPreview.MaxLeads + " leads, each as POST /api/leads takes it (or send replay)"));
            return leads;
        }
        if (items.Count is 0 or > LeadPreview.MaxLeads)
        {
            errors.Add(new ValidationError("leads", $"must hold 1 to {LeadPreview.MaxLeads} leads (got {items.Count})"));
            return leads;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                errors.Add(new ValidationError($"leads[{i}]", "must be a lead object"));
                continue;
            }
            var found = LeadInput.ValidateCreate(item, out var externalId, out var data);
            errors.AddRange(found.Select(e => e with { Path = $"leads[{i}].{e.Path}" }));
            leads.Add(new Submission(data, externalId, null));
        }
        return leads;
    }

    /// <summary>Errors about the draft, with their paths inside the body.</summary>
    public static IEnumerable<ValidationError> InConfig(IEnumerable<ValidationError> errors) =>
        errors.Select(e => e with { Path = e.Path is "$" or "" ? "config" : "config." + e.Path.TrimStart('$', '.') });
}
