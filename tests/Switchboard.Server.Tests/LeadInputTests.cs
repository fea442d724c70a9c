using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Leads;

namespace Switchboard.Server.Tests;

public sealed class LeadInputTests
{
    [Fact]
    public void a_new_leads_data_is_keyed_by_the_engines_field_names()
    {
        var key = "導入検討時期_" + Guid.NewGuid().ToString("N");
        ConditionCompiler.Compile(JsonSerializer.Deserialize<Condition>($$"""{"field":"fields.{{key}}","op":"exists"}""", JsonSerializerOptions.Web)!);
        var body = JsonNode.Parse($$$"""{"region":"北海道","email":"a@example.jp","fields":{"{{{key}}}":"3カ月以内","other":"x"}}""")!.AsObject();

        Assert.Empty(LeadInput.ValidateCreate(body, out _, out var data));

        Assert.Equal(["region", "email", "fields"], data.Select(p => p.Key));
        foreach (var (name, _) in data) Assert.Same(FieldNames.Shared(name), name);
        var custom = data["fields"]!.AsObject();
        Assert.Same(FieldNames.Shared(new string(key.AsSpan())), custom.Single(p => p.Key == key).Key);
        Assert.Equal("3カ月以内", custom[key]!.GetValue<string>());
        Assert.Equal("x", custom["other"]!.GetValue<string>());
    }
}
