using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Forms;

namespace Switchboard.Server.Tests;

/// <summary>Checking a submission against its form and mapping it onto a lead body, without HTTP.</summary>
public sealed class FormCheckTests
{
    private static readonly Form Survey = JsonSerializer.Deserialize<Form>("""
        {"id":"survey","language":"en","fields":[
          {"key":"email","label":"Email","type":"email","mapsTo":"email"},
          {"key":"size","label":"Employees","type":"number","mapsTo":"employees"},
          {"key":"budget","label":"Budget","type":"number"},
          {"key":"channel","label":"Channel","type":"text","mapsTo":"source"},
          {"key":"note","label":"Note","type":"text"}]}
        """, EngineJson.Options)!;

    private static (Dictionary<string, string> Errors, JsonObject Lead) Check(string json)
    {
        var errors = FormCheck.Check(Survey, FormInput.FromJson(JsonNode.Parse(json)!.AsObject()), FormTexts.For("en"), out var lead);
        return (errors, lead);
    }

    [Fact]
    public void full_width_digits_are_a_number_and_kept_as_sent()
    {
        var (errors, lead) = Check("""{"size":"１２０"}""");
        Assert.Empty(errors);
        Assert.Equal("１２０", lead["employees"]!.GetValue<string>());
    }

    [Fact]
    public void a_json_number_stays_a_number_in_a_numeric_lead_field() =>
        Assert.Equal(JsonValueKind.Number, Check("""{"size":120}""").Lead["employees"]!.GetValueKind());

    [Fact]
    public void text_in_a_number_field_is_an_error() =>
        Assert.Equal("Enter a number.", Check("""{"size":"many"}""").Errors["size"]);

    [Fact]
    public void two_values_for_a_single_value_field_are_an_error() =>
        Assert.Equal("Enter only one value.", Check("""{"note":["a","b"]}""").Errors["note"]);

    [Fact]
    public void an_object_value_is_an_error_not_an_exception() =>
        Assert.Equal("This value is not valid.", Check("""{"note":{"x":1}}""").Errors["note"]);

    [Fact]
    public void a_field_without_maps_to_fills_the_custom_field_of_its_key() =>
        Assert.Equal("hello", Check("""{"note":"hello"}""").Lead["fields"]!["note"]!.GetValue<string>());

    [Fact]
    public void source_is_web_form_unless_a_field_fills_it()
    {
        Assert.Equal("web_form", Check("{}").Lead["source"]!.GetValue<string>());
        Assert.Equal("newsletter", Check("""{"channel":"newsletter"}""").Lead["source"]!.GetValue<string>());
    }

    [Fact]
    public void an_email_with_spaces_inside_is_an_error_and_an_international_one_is_not()
    {
        Assert.True(Check("""{"email":"yamada taro@example.jp"}""").Errors.ContainsKey("email"));
        Assert.Empty(Check("""{"email":"山田@例え.jp"}""").Errors);
    }

    [Fact]
    public void a_value_over_the_length_limit_is_an_error() =>
        Assert.Equal($"Use at most {FormCheck.MaxText} characters.", Check($$"""{"note":"{{new string('x', FormCheck.MaxText + 1)}}"}""").Errors["note"]);

    [Fact]
    public void keys_the_form_does_not_know_are_ignored() =>
        Assert.False(Check("""{"admin":"yes","ownerId":"kim"}""").Lead.ContainsKey("ownerId"));
}
