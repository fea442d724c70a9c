using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime.Text;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Messages;

/// <summary>A lead's values as message text: fields exactly as received, system fields, a display name, a link path.</summary>
public static class LeadText
{
    private const string CustomPrefix = "fields.";

    /// <summary>The lead's console page: <paramref name="publicUrl"/> (the server's public address) + <c>/leads/{id}</c>.</summary>
    public static string Link(Lead lead, string publicUrl) => publicUrl + "/leads/" + lead.Id;

    /// <summary>
    /// A field's text: system fields (id, externalId, ownerId, status, stage, score, grade, poolId, createdAt,
    /// assignedAt), standard fields ("company"), custom fields ("fields.導入検討時期"). Lists are joined
    /// with ", "; missing values are null.
    /// </summary>
    public static string? Field(Lead lead, string path) => path switch
    {
        "id" => lead.Id,
        "externalId" => lead.ExternalId,
        "ownerId" => lead.OwnerId,
        "status" => lead.Status,
        "stage" => lead.Stage,
        "score" => lead.Score.ToString(CultureInfo.InvariantCulture),
        "grade" => lead.Grade,
        "poolId" => lead.PoolId,
        "createdAt" => InstantPattern.ExtendedIso.Format(lead.CreatedAt),
        "assignedAt" => lead.AssignedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
        _ when path.StartsWith(CustomPrefix, StringComparison.Ordinal) => Text((lead.Data["fields"] as JsonObject)?[path[CustomPrefix.Length..]]),
        _ => Text(lead.Data[path]),
    };

    /// <summary>"firstName lastName", else the company, else the email, else the lead id.</summary>
    public static string DisplayName(Lead lead)
    {
        var name = string.Join(" ", new[] { Field(lead, "firstName"), Field(lead, "lastName") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (name.Length > 0) return name;
        return Field(lead, "company") is { Length: > 0 } company ? company
            : Field(lead, "email") is { Length: > 0 } email ? email
            : lead.Id;
    }

    /// <summary>Every submitted field plus the system fields, for webhook bodies.</summary>
    public static JsonObject Snapshot(Lead lead, string publicUrl)
    {
        var snapshot = new JsonObject
        {
            ["id"] = lead.Id,
            ["externalId"] = lead.ExternalId,
            ["ownerId"] = lead.OwnerId,
            ["status"] = lead.Status,
            ["stage"] = lead.Stage,
            ["score"] = lead.Score,
            ["grade"] = lead.Grade,
            ["createdAt"] = Field(lead, "createdAt"),
            ["assignedAt"] = Field(lead, "assignedAt"),
            ["link"] = Link(lead, publicUrl),
        };
        foreach (var (key, value) in lead.Data)
            if (!snapshot.ContainsKey(key)) snapshot[key] = value?.DeepClone();
        return snapshot;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => string.Join(", ", array.Select(Text).Where(s => s is not null)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => null,
        _ => node.ToJsonString(),
    };
}
