using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Leads;

/// <summary>The lead as the API shows it: every field as sent plus the system fields.</summary>
public static class LeadJson
{
    public static JsonObject Write(Lead lead, IReadOnlyList<Decision>? decisions = null)
    {
        var json = new JsonObject { ["id"] = lead.Id, ["externalId"] = lead.ExternalId };
        foreach (var (key, value) in lead.Data) json[key] = value?.DeepClone();
        json["ownerId"] = lead.OwnerId;
        json["status"] = lead.Status;
        json["stage"] = lead.Stage;
        json["score"] = lead.Score;
        json["grade"] = lead.Grade;
        json["poolId"] = lead.PoolId;
        json["configVersion"] = lead.ConfigVersion;
        json["createdAt"] = Format(lead.CreatedAt);
        json["assignedAt"] = Format(lead.AssignedAt);
        json["firstTouchAt"] = Format(lead.FirstTouchAt);
        json["updatedAt"] = Format(lead.UpdatedAt);
        if (decisions is not null) json["decisions"] = Decisions(decisions);
        return json;
    }

    public static JsonNode Decisions(IReadOnlyList<Decision> decisions) =>
        JsonSerializer.SerializeToNode(decisions, EngineJson.Options)!;

    private static string? Format(Instant? at) => at is { } value ? InstantPattern.ExtendedIso.Format(value) : null;
}
