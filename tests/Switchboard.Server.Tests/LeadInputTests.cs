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

    private static List<Engine.Validation.ValidationError> Check(string json) =>
        LeadInput.ValidateCreate(JsonNode.Parse(json)!.AsObject(), out _, out _);

    [Theory]
    [InlineData("한", 1000, true)]
    [InlineData("한", 1001, false)]
    [InlineData("\\u0041", 1000, true)]
    [InlineData("\\u0041", 1001, false)]
    [InlineData("😀", 500, true)]
    [InlineData("😀", 501, false)]
    public void a_text_fields_length_counts_characters_as_written_or_escaped(string character, int count, bool accepted)
    {
        var errors = Check($$"""{"email":"a@example.jp","company":"{{string.Concat(Enumerable.Repeat(character, count))}}"}""");

        Assert.Equal(accepted, errors.Count == 0);
        if (!accepted) Assert.Equal("company", Assert.Single(errors).Path);
    }

    [Theory]
    [InlineData("a@example.jp", true)]
    [InlineData("a\\u0040example.jp", true)]
    [InlineData("example.jp", false)]
    [InlineData("a\\u0041example.jp", false)]
    public void an_email_needs_an_at_sign_written_plainly_or_escaped(string email, bool accepted)
    {
        var errors = Check($$"""{"email":"{{email}}"}""");

        Assert.Equal(accepted, errors.Count == 0);
    }

    [Theory]
    [InlineData("김", true)]
    [InlineData(" x ", true)]
    [InlineData("   ", false)]
    [InlineData("\\t\\n", false)]
    [InlineData("\\u0020", false)]
    [InlineData("　", false)]
    [InlineData("　김", true)]
    public void a_lead_is_identified_only_by_a_name_with_more_than_white_space(string name, bool accepted)
    {
        var errors = Check($$"""{"firstName":"{{name}}"}""");

        Assert.Equal(accepted, errors.Count == 0);
    }
}
