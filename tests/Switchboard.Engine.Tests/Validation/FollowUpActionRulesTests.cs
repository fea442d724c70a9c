using System.Text.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class FollowUpActionRulesTests
{
    /// <summary>The sample configuration with lists and a campaign, and workflows[0].actions[1] = <paramref name="actionJson"/>.</summary>
    private static RoutingConfig WithAction(string actionJson)
    {
        var action = JsonSerializer.Deserialize<WorkflowAction>(actionJson, JsonSerializerOptions.Web)!;
        var config = WithWorkflow(0, w => w with { Actions = [.. w.Actions, action] });
        return config with { Lists = [new LeadList { Id = "seminar" }], Campaigns = [new Campaign { Id = "spring" }] };
    }

    private static void ErrorAt(string actionJson, string field) => SingleAt(WithAction(actionJson), "workflows[0].actions[1]" + field);

    [Theory]
    [InlineData("""{"type":"notify","channel":"slack","url":"https://hooks.slack.com/x","template":"{{lead.firstName}} {{lead.fields.導入検討時期}} {{owner.name}}"}""")]
    [InlineData("""{"type":"notify","channel":"webhook","url":"https://example.com/h","secret":"s"}""")]
    [InlineData("""{"type":"notify","channel":"email","to":"manager","subject":"{{lead.company}}"}""")]
    [InlineData("""{"type":"notify","channel":"email","to":"lee"}""")]
    [InlineData("""{"type":"notify","channel":"email","to":"sales@example.de","delay":"PT10M"}""")]
    [InlineData("""{"type":"create_task","title":"Discovery call","due":"end_of_day"}""")]
    [InlineData("""{"type":"create_task","title":"Follow up","due":"P2D"}""")]
    [InlineData("""{"type":"send_email","subject":"Hello","template":"{{owner.name}}"}""")]
    [InlineData("""{"type":"add_to_list","list":"seminar"}""")]
    [InlineData("""{"type":"remove_from_list","list":"seminar"}""")]
    [InlineData("""{"type":"add_to_campaign","campaign":"spring"}""")]
    [InlineData("""{"type":"webhook","url":"http://erp.local/leads","secret":"s","template":"{{lead.id}}"}""")]
    public void valid_follow_up_actions_are_accepted(string action) => Assert.Empty(Errors(WithAction(action)));

    [Fact]
    public void notify_needs_a_known_channel() => ErrorAt("""{"type":"notify","channel":"fax"}""", ".channel");

    [Fact]
    public void notify_slack_needs_a_url() => ErrorAt("""{"type":"notify","channel":"slack"}""", ".url");

    [Fact]
    public void notify_url_must_be_absolute_http() => ErrorAt("""{"type":"notify","channel":"slack","url":"hooks.slack.com/x"}""", ".url");

    [Fact]
    public void notify_webhook_needs_a_secret() => ErrorAt("""{"type":"notify","channel":"webhook","url":"https://example.com/h"}""", ".secret");

    [Fact]
    public void notify_email_needs_a_recipient() => ErrorAt("""{"type":"notify","channel":"email"}""", ".to");

    [Fact]
    public void notify_email_to_must_be_owner_manager_a_rep_or_an_address() =>
        ErrorAt("""{"type":"notify","channel":"email","to":"ghost"}""", ".to");

    [Fact]
    public void template_with_an_unknown_placeholder_is_an_error() =>
        ErrorAt("""{"type":"notify","channel":"slack","url":"https://h.example/x","template":"Hi {{customer.name}}"}""", ".template");

    [Fact]
    public void template_with_an_unclosed_placeholder_is_an_error() =>
        ErrorAt("""{"type":"notify","channel":"slack","url":"https://h.example/x","template":"Hi {{lead.firstName"}""", ".template");

    [Fact]
    public void template_with_an_unknown_owner_field_is_an_error() =>
        ErrorAt("""{"type":"webhook","url":"https://h.example/x","secret":"s","template":"{{owner.phone}}"}""", ".template");

    [Fact]
    public void create_task_needs_a_title() => ErrorAt("""{"type":"create_task","due":"end_of_day"}""", ".title");

    [Fact]
    public void create_task_due_must_be_end_of_day_or_a_duration() => ErrorAt("""{"type":"create_task","title":"x","due":"tomorrow"}""", ".due");

    [Fact]
    public void send_email_needs_a_subject() => ErrorAt("""{"type":"send_email","template":"x"}""", ".subject");

    [Fact]
    public void send_email_needs_a_template() => ErrorAt("""{"type":"send_email","subject":"x"}""", ".template");

    [Fact]
    public void add_to_list_list_must_exist() => ErrorAt("""{"type":"add_to_list","list":"upsell"}""", ".list");

    [Fact]
    public void remove_from_list_needs_a_list() => ErrorAt("""{"type":"remove_from_list"}""", ".list");

    [Fact]
    public void add_to_campaign_campaign_must_exist() => ErrorAt("""{"type":"add_to_campaign","campaign":"winter"}""", ".campaign");

    [Fact]
    public void webhook_needs_a_url() => ErrorAt("""{"type":"webhook","secret":"s"}""", ".url");

    [Fact]
    public void webhook_needs_a_secret() => ErrorAt("""{"type":"webhook","url":"https://h.example/x"}""", ".secret");

    [Theory]
    [InlineData("10 minutes")]
    [InlineData("P1M")]
    [InlineData("-PT5M")]
    public void delay_must_be_a_positive_iso_duration_without_months(string delay) =>
        ErrorAt($$"""{"type":"set_stage","stage":"MQL","delay":"{{delay}}"}""", ".delay");
}
