using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Workflows;

public sealed class MergeTests
{
    private static readonly string Config = $$"""
        {"reps":[{"id":"a","name":"Anna","email":"anna@example.de"},{"id":"b","name":"Bo"}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"}]}],
         "workflows":[
           {"id":"created","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"company-changed","trigger":{"type":"lead.updated","fields":["company"]},
            "actions":[{"type":"set_field","field":"fields.enriched","value":"yes"}]}]}
        """;

    private static Evaluation Merge(Scenario scenario, Lead lead, string submission, bool emailOwner = true) =>
        Router.Merge(scenario.Config, scenario.State, lead, new Resubmission(JsonNode.Parse(submission)!.AsObject(), null, "email"), emailOwner, scenario.Now);

    [Fact]
    public void merge_keeps_the_owner_and_fills_only_empty_fields()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de","firstName":"Kai","phone":"","fields":{"size":"50"}}""");
        Merge(scenario, lead, """{"email":"K@example.de","firstName":"Karl","phone":"+49 30 1","company":"ACME","fields":{"size":"500","budget":"10k"}}""");
        Assert.Equal("a", lead.OwnerId);
        Assert.Equal(("k@example.de", "Kai", "+49 30 1", "ACME"), (Text(lead, "email"), Text(lead, "firstName"), Text(lead, "phone"), Text(lead, "company")));
        Assert.Equal(("50", "10k"), (lead.Data["fields"]!["size"]!.GetValue<string>(), lead.Data["fields"]!["budget"]!.GetValue<string>()));
        Assert.Equal(1, scenario.State.Load("a").Open);
    }

    [Fact]
    public void the_merged_decision_records_the_submission_and_what_was_filled_and_kept()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de","firstName":"Kai"}""");
        var merged = Merge(scenario, lead, """{"email":"k@example.de","firstName":"Karl","company":"ACME"}""").Decisions[0];
        Assert.Equal((Triggers.LeadUpdated, "merge", "merged", "a"), (merged.Trigger, merged.Action, merged.Outcome, merged.ChosenRepId));
        Assert.Contains("by email", merged.Why);
        Assert.Contains("filled company", merged.Why);
        Assert.Contains("kept the existing firstName", merged.Why);
        Assert.Equal("Karl", merged.Submission!["firstName"]!.GetValue<string>());
    }

    [Fact]
    public void lead_updated_workflows_run_with_the_filled_fields()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de"}""");
        var decisions = Merge(scenario, lead, """{"company":"ACME"}""").Decisions;
        Assert.Contains(decisions, d => d.WorkflowId == "company-changed");
        Assert.Equal("yes", lead.Data["fields"]!["enriched"]!.GetValue<string>());
        var again = Merge(scenario, lead, """{"company":"ACME"}""").Decisions;
        Assert.DoesNotContain(again, d => d.WorkflowId == "company-changed");
    }

    [Fact]
    public void the_owner_is_emailed_about_a_returning_lead_when_email_can_be_delivered()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de","firstName":"Kai"}""");
        var merged = Merge(scenario, lead, """{"company":"ACME"}""");
        var message = Assert.Single(merged.Effects.Messages);
        Assert.Equal((Channels.Email, "anna@example.de"), (message.Channel, message.Payload["to"]![0]!.GetValue<string>()));
        Assert.StartsWith("Returning lead", message.Payload["subject"]!.GetValue<string>());
        Assert.Contains(merged.Decisions, d => d.Action == "notify" && d.Outcome == "notified");
    }

    [Fact]
    public void without_email_delivery_the_notice_is_recorded_as_skipped()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de"}""");
        var merged = Merge(scenario, lead, """{"company":"ACME"}""", emailOwner: false);
        Assert.False(merged.Effects.HasMessages);
        var notice = Assert.Single(merged.Decisions, d => d.Action == "notify");
        Assert.Equal("skipped", notice.Outcome);
        Assert.Contains("SMTP", notice.Why);
    }

    [Fact]
    public void an_empty_external_id_is_filled_from_the_submission()
    {
        var scenario = new Scenario(Config);
        var (lead, _) = scenario.Create("""{"email":"k@example.de"}""");
        Router.Merge(scenario.Config, scenario.State, lead, new Resubmission(new JsonObject(), "crm-7", "email"), false, scenario.Now);
        Assert.Equal("crm-7", lead.ExternalId);
    }

    private static string? Text(Lead lead, string field) => lead.Data[field]?.GetValue<string>();
}
