using System.Text.Json.Nodes;
using Switchboard.Server.Apis.Leads;

namespace Switchboard.Server.Tests;

public sealed class LeadInputTests
{
    [Fact]
    public void a_new_leads_data_keeps_its_fields_as_received_without_the_external_id()
    {
        const string key = "導入検討時期";
        var body = JsonNode.Parse($$$"""{"region":"北海道","email":"a@example.jp","externalId":"crm-1","fields":{"{{{key}}}":"3カ月以内","other":"x"}}""")!.AsObject();

        Assert.Empty(LeadInput.ValidateCreate(body, out var externalId, out var data));

        Assert.Equal("crm-1", externalId);
        Assert.Equal(["region", "email", "fields"], data.Select(p => p.Key));
        var custom = data["fields"]!.AsObject();
        Assert.Equal("3カ月以内", custom[key]!.GetValue<string>());
        Assert.Equal("x", custom["other"]!.GetValue<string>());
    }
}
