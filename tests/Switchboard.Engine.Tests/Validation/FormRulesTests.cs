using System.Text.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class FormRulesTests
{
    private const string DemoRequest = """
        {"id":"demo-request","name":"導入相談フォーム","language":"ja","honeypot":"website_url",
         "fields":[{"key":"email","label":"メールアドレス","type":"email","required":true,"mapsTo":"email"},
                   {"key":"pref","label":"都道府県","type":"select","options":["北海道","東京都"],"mapsTo":"region"},
                   {"key":"timing","label":"導入検討時期","type":"select","options":["3カ月以内","未定"],"mapsTo":"fields.導入検討時期"}],
         "thankYou":"お問い合わせありがとうございました。","redirect":null}
        """;

    private static RoutingConfig WithForm(string form = DemoRequest) =>
        Valid with { Forms = [JsonSerializer.Deserialize<Form>(form, JsonSerializerOptions.Web)!] };

    private static RoutingConfig WithField(string field) =>
        WithForm($$"""{"id":"f","name":"F","fields":[{"key":"email","label":"E-Mail","type":"email","mapsTo":"email"},{{field}}]}""");

    [Fact]
    public void the_spec_form_is_valid() => Assert.Empty(Errors(WithForm()));

    [Fact]
    public void the_spec_form_is_read_from_the_document_as_a_typed_section()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>($$"""{"forms":[{{DemoRequest}}]}""", JsonSerializerOptions.Web)!;
        var form = config.Forms.Single();
        Assert.Equal(("ja", "website_url", "fields.導入検討時期"), (form.Language, form.Honeypot, form.Fields[2].MapsTo));
        Assert.Null(config.Other);
    }

    [Fact]
    public void unknown_standard_field_in_maps_to_names_the_field_path() =>
        Assert.Contains("fields.X", SingleAt(WithField("""{"key":"pref","label":"P","type":"text","mapsTo":"prefecture"}"""), "forms[0].fields[1].mapsTo").Message);

    [Fact]
    public void custom_maps_to_needs_a_name_after_the_prefix() =>
        SingleAt(WithField("""{"key":"x","label":"X","mapsTo":"fields."}"""), "forms[0].fields[1].mapsTo");

    [Fact]
    public void unknown_field_type_is_an_error() =>
        Assert.Contains("multi-select", SingleAt(WithField("""{"key":"x","label":"X","type":"checkbox"}"""), "forms[0].fields[1].type").Message);

    [Fact]
    public void select_without_options_is_an_error() =>
        SingleAt(WithField("""{"key":"x","label":"X","type":"select","options":[]}"""), "forms[0].fields[1].options");

    [Fact]
    public void options_on_a_text_field_are_an_error() =>
        SingleAt(WithField("""{"key":"x","label":"X","type":"text","options":["a"]}"""), "forms[0].fields[1].options");

    [Fact]
    public void duplicate_option_is_reported_at_the_later_one() =>
        SingleAt(WithField("""{"key":"x","label":"X","type":"select","options":["a","a"]}"""), "forms[0].fields[1].options[1]");

    [Fact]
    public void multi_select_can_only_fill_a_list_field() =>
        SingleAt(WithField("""{"key":"x","label":"X","type":"multi-select","options":["a"],"mapsTo":"region"}"""), "forms[0].fields[1].mapsTo");

    [Fact]
    public void multi_select_may_fill_product_interest() =>
        Assert.Empty(Errors(WithField("""{"key":"x","label":"X","type":"multi-select","options":["A","B"],"mapsTo":"productInterest"}""")));

    [Fact]
    public void two_fields_filling_the_same_lead_field_are_an_error() =>
        Assert.Contains("fields[0]", SingleAt(WithField("""{"key":"mail2","label":"X","type":"email","mapsTo":"email"}"""), "forms[0].fields[1].mapsTo").Message);

    [Fact]
    public void duplicate_field_key_is_an_error() =>
        SingleAt(WithField("""{"key":"email","label":"X","mapsTo":"fields.other"}"""), "forms[0].fields[1].key");

    [Fact]
    public void field_without_a_label_is_an_error() =>
        SingleAt(WithField("""{"key":"x","label":" "}"""), "forms[0].fields[1].label");

    [Fact]
    public void a_form_needs_fields() =>
        SingleAt(WithForm("""{"id":"f","name":"F","fields":[]}"""), "forms[0].fields");

    [Fact]
    public void honeypot_may_not_reuse_a_field_key() =>
        SingleAt(WithForm("""{"id":"f","honeypot":"email","fields":[{"key":"email","label":"E","mapsTo":"email"}]}"""), "forms[0].honeypot");

    [Fact]
    public void redirect_must_be_an_absolute_web_address() =>
        SingleAt(WithForm("""{"id":"f","redirect":"javascript:alert(1)","fields":[{"key":"email","label":"E"}]}"""), "forms[0].redirect");

    [Fact]
    public void language_must_be_a_language_tag() =>
        SingleAt(WithForm("""{"id":"f","language":"日本語","fields":[{"key":"email","label":"E"}]}"""), "forms[0].language");

    [Fact]
    public void duplicate_form_id_is_reported_at_the_later_form() =>
        SingleAt(Valid with { Forms = [.. WithForm().Forms, .. WithForm().Forms] }, "forms[1].id");

    [Fact]
    public void form_submitted_trigger_is_accepted_with_a_known_form() =>
        Assert.Empty(Errors(WithForm() with
        {
            Workflows = [.. Valid.Workflows.Select((w, i) => i == 0 ? w with { Trigger = new Trigger { Type = Triggers.FormSubmitted, FormId = "demo-request" } } : w)],
        }));

    [Fact]
    public void form_submitted_trigger_naming_an_unknown_form_is_an_error()
    {
        var config = WithForm();
        config.Workflows[0] = config.Workflows[0] with { Trigger = new Trigger { Type = Triggers.FormSubmitted, FormId = "contact" } };
        Assert.Contains("contact", SingleAt(config, "workflows[0].trigger.formId").Message);
    }

    [Fact]
    public void form_id_on_another_trigger_is_an_error()
    {
        var config = WithForm();
        config.Workflows[0] = config.Workflows[0] with { Trigger = new Trigger { Type = Triggers.LeadCreated, FormId = "demo-request" } };
        SingleAt(config, "workflows[0].trigger.formId");
    }
}
