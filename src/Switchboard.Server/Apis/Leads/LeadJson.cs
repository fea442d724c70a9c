using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// The lead as the API shows it: every field as sent plus the system fields. <see cref="WriteTo"/> writes
/// it straight to a JSON writer (single-lead answers, see <see cref="LeadResponse"/>); <see cref="Write"/>
/// builds the same document as a node (lists). Both write the same properties in the same order.
/// </summary>
public static class LeadJson
{
    public static JsonObject Write(Lead lead, IReadOnlyList<Decision>? decisions = null, string? duplicateOf = null)
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
        if (lead.FormId is not null) json["formId"] = lead.FormId;
        if (duplicateOf is not null) json["duplicateOf"] = duplicateOf;
        if (decisions is not null) json["decisions"] = Decisions(decisions);
        return json;
    }

    public static void WriteTo(Utf8JsonWriter writer, Lead lead, IReadOnlyList<Decision>? decisions, JsonSerializerOptions options, string? duplicateOf = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", lead.Id);
        writer.WriteString("externalId", lead.ExternalId);
        foreach (var (key, value) in lead.Data)
        {
            writer.WritePropertyName(key);
            if (value is null) writer.WriteNullValue();
            else value.WriteTo(writer, options);
        }
        writer.WriteString("ownerId", lead.OwnerId);
        writer.WriteString("status", lead.Status);
        writer.WriteString("stage", lead.Stage);
        writer.WriteNumber("score", lead.Score);
        writer.WriteString("grade", lead.Grade);
        writer.WriteString("poolId", lead.PoolId);
        writer.WriteNumber("configVersion", lead.ConfigVersion);
        writer.WriteString("createdAt", Format(lead.CreatedAt));
        writer.WriteString("assignedAt", Format(lead.AssignedAt));
        writer.WriteString("firstTouchAt", Format(lead.FirstTouchAt));
        writer.WriteString("updatedAt", Format(lead.UpdatedAt));
        if (lead.FormId is not null) writer.WriteString("formId", lead.FormId);
        if (duplicateOf is not null) writer.WriteString("duplicateOf", duplicateOf);
        if (decisions is not null)
        {
            writer.WritePropertyName("decisions");
            JsonSerializer.Serialize(writer, decisions, options);
        }
        writer.WriteEndObject();
    }

    /// <summary>What an intake key learns of a lead it created or merged into: <c>{id, status, duplicateOf?}</c>.</summary>
    public static void WriteReceipt(Utf8JsonWriter writer, Lead lead, string? duplicateOf)
    {
        writer.WriteStartObject();
        writer.WriteString("id", lead.Id);
        writer.WriteString("status", lead.Status);
        if (duplicateOf is not null) writer.WriteString("duplicateOf", duplicateOf);
        writer.WriteEndObject();
    }

    public static JsonNode Decisions(IReadOnlyList<Decision> decisions) =>
        JsonSerializer.SerializeToNode(decisions, EngineJson.Options)!;

    private static string? Format(Instant? at) => at is { } value ? InstantPattern.ExtendedIso.Format(value) : null;
}
