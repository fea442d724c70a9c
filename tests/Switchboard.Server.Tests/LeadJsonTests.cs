using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Leads;

namespace Switchboard.Server.Tests;

/// <summary>The streamed single-lead answer (LeadResponse) and the node form (lists) are the same document, byte for byte.</summary>
public sealed class LeadJsonTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 14, 9, 26, 53).PlusTicks(5_358_979);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void the_streamed_lead_equals_the_node_form(bool withDecisions)
    {
        var lead = new Lead
        {
            Id = "ld_1", ExternalId = null, OwnerId = "sato", Status = LeadStatus.Assigned, Stage = "Working", Score = 42, Grade = "warm",
            ConfigVersion = 7, CreatedAt = At, UpdatedAt = At, AssignedAt = At, FirstTouchAt = null,
            Data = JsonNode.Parse("""
                {"email":"hanako@example.co.jp","region":"北海道","employees":1200,"productInterest":["A","분석"],"website":null,
                 "fields":{"導入検討時期":"3カ月以内","Größe":"groß","quote":"\"<b>\" & 'x'","n":1.50,"ok":true}}
                """)!.AsObject(),
        };
        var decisions = new List<Decision>
        {
            new() { At = At, Trigger = "lead.created", WorkflowId = "hokkaido", Action = "assign", Strategy = "direct", ConfigVersion = 7,
                    ChosenRepId = "sato", Outcome = "assigned", Why = "workflow hokkaido assigns rep sato",
                    Candidates = [new Candidate("sato", true, null), new Candidate("kim", false, "cap_open")] },
        };

        var expected = LeadJson.Write(lead, withDecisions ? decisions : null).ToJsonString(EngineJson.Options);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EngineJson.Options.Encoder }))
            LeadJson.WriteTo(writer, lead, withDecisions ? decisions : null, EngineJson.Options);

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
