using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

/// <summary>Sample leads with values that must survive storage exactly.</summary>
internal static class TestLeads
{
    /// <summary>A tick-precise instant (Instants are stored as Unix ticks).</summary>
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 14, 9, 26, 53).PlusTicks(5_358_979);

    public const string MultilingualData = """
        {
          "email": "  MinJi.Kim@Example.KR ",
          "phone": "+82 10-1234-5678",
          "firstName": "민지",
          "lastName": "김",
          "company": "Müller GmbH",
          "title": "영업 리드 🚀",
          "country": "JP",
          "region": "北海道",
          "city": "札幌市",
          "employees": 250,
          "dealSize": 1234567.89,
          "productInterest": ["A", "Zubehör"],
          "source": "web",
          "fields": {
            "導入検討時期": "3ヶ月以内",
            "담당자": "김민지",
            "Straße": "Königstraße 1, 70173 Stuttgart",
            "emoji": "🚀🎉👩🏽‍💻",
            "quote": "\"quoted\" <b>&amp;</b> \\ \u0007",
            "nested": { "list": [1, "二", null, true, 0.1], "empty": {} }
          }
        }
        """;

    public static Lead Multilingual(string id) => new()
    {
        Id = id,
        ExternalId = "crm-" + id,
        OwnerId = "rep-minji",
        Status = LeadStatus.Assigned,
        Stage = "Working",
        Score = 87,
        Grade = "A",
        PoolId = "pool-apac",
        ConfigVersion = 7,
        CreatedAt = T0,
        AssignedAt = T0.PlusTicks(12_345),
        FirstTouchAt = T0.Plus(Duration.FromMinutes(3)).PlusTicks(1),
        UpdatedAt = T0.Plus(Duration.FromHours(1)),
        Data = JsonNode.Parse(MultilingualData)!.AsObject(),
        PreviousOwners = ["rep-hans", "rep-yuki"],
        RoutedPoolId = "pool-北海道",
        Reassignments = 2,
        Engagement = 41.8125,
    };

    public static Lead Simple(string id, string? owner = null, string status = LeadStatus.Unassigned, string stage = "New",
        string? email = null, string? firstName = null, string? lastName = null, string? company = null, string? externalId = null,
        string? poolId = null)
    {
        var data = new JsonObject();
        if (email is not null) data["email"] = email;
        if (firstName is not null) data["firstName"] = firstName;
        if (lastName is not null) data["lastName"] = lastName;
        if (company is not null) data["company"] = company;
        return new Lead
        {
            Id = id, ExternalId = externalId, OwnerId = owner, Status = status, Stage = stage, PoolId = poolId,
            CreatedAt = T0, UpdatedAt = T0, Data = data,
        };
    }

    public static void AssertSame(Lead expected, Lead? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ExternalId, actual.ExternalId);
        Assert.Equal(expected.OwnerId, actual.OwnerId);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Stage, actual.Stage);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Grade, actual.Grade);
        Assert.Equal(expected.PoolId, actual.PoolId);
        Assert.Equal(expected.ConfigVersion, actual.ConfigVersion);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.AssignedAt, actual.AssignedAt);
        Assert.Equal(expected.FirstTouchAt, actual.FirstTouchAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.PreviousOwners, actual.PreviousOwners);
        Assert.Equal(expected.RoutedPoolId, actual.RoutedPoolId);
        Assert.Equal(expected.Reassignments, actual.Reassignments);
        Assert.Equal(expected.Engagement, actual.Engagement);
        Assert.Equal(expected.FormId, actual.FormId);
        Assert.True(JsonNode.DeepEquals(expected.Data, actual.Data),
            $"lead data differs:\nexpected {expected.Data.ToJsonString()}\nactual   {actual.Data.ToJsonString()}");
    }
}
