using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class NotifyActionTests
{
    [Fact]
    public void notify_email_to_manager_resolves_the_managers_address()
    {
        var (_, ev) = With($$"""{{AssignSato}},{"type":"notify","channel":"email","to":"manager"}""").CreateEvaluated(Hanako);
        var message = Assert.Single(ev.Effects.Messages);
        Assert.Equal(Channels.Email, message.Channel);
        Assert.Equal(["lee@example.kr"], To(message));
        Assert.Equal("notified", Of(ev, "notify").Outcome);
    }

    [Fact]
    public void notify_email_to_owner_resolves_the_owners_address()
    {
        var (_, ev) = With($$"""{{AssignSato}},{"type":"notify","channel":"email","to":"owner"}""").CreateEvaluated(Hanako);
        Assert.Equal(["sato@example.jp"], To(Assert.Single(ev.Effects.Messages)));
    }

    [Fact]
    public void notify_email_to_a_rep_id_resolves_that_reps_address()
    {
        var (_, ev) = With("""{"type":"notify","channel":"email","to":"park"}""").CreateEvaluated(Hanako);
        Assert.Equal(["park@example.kr"], To(Assert.Single(ev.Effects.Messages)));
    }

    [Fact]
    public void notify_email_to_an_address_goes_to_that_address()
    {
        var (_, ev) = With("""{"type":"notify","channel":"email","to":"sales@example.de"}""").CreateEvaluated(Hanako);
        Assert.Equal(["sales@example.de"], To(Assert.Single(ev.Effects.Messages)));
    }

    [Fact]
    public void notify_email_to_owner_of_an_unowned_lead_is_skipped_with_the_reason()
    {
        var (_, ev) = With("""{"type":"notify","channel":"email","to":"owner"}""").CreateEvaluated(Hanako);
        Assert.Empty(ev.Effects.Messages);
        var decision = Of(ev, "notify");
        Assert.Equal("skipped", decision.Outcome);
        Assert.Contains("no owner", decision.Why);
    }

    [Fact]
    public void notify_email_to_a_rep_without_an_address_is_skipped_with_the_reason()
    {
        var (_, ev) = With("""{"type":"notify","channel":"email","to":"kim"}""").CreateEvaluated(Hanako);
        Assert.Empty(ev.Effects.Messages);
        Assert.Contains("kim has no email address", Of(ev, "notify").Why);
    }

    [Fact]
    public void notify_slack_default_message_lists_the_key_facts_and_the_lead_link()
    {
        var (lead, ev) = With($$"""{{AssignSato}},{"type":"notify","channel":"slack","url":"https://hooks.slack.com/services/T/B/X"}""").CreateEvaluated(Hanako);
        var message = Assert.Single(ev.Effects.Messages);
        Assert.Equal(Channels.Slack, message.Channel);
        Assert.Equal("https://hooks.slack.com/services/T/B/X", Str(message.Payload["url"]));
        var text = Str(message.Payload["body"]!["text"]);
        foreach (var fact in new[] { "Hanako Yamada", "ACME 株式会社", "hanako@acme.co.jp", "北海道", "Score: 0", "佐藤 花子", $"/leads/{lead.Id}" })
            Assert.Contains(fact, text);
    }

    [Fact]
    public void notify_webhook_carries_the_secret_and_a_snapshot_of_the_lead()
    {
        var (lead, ev) = With($$"""{{AssignSato}},{"type":"notify","channel":"webhook","url":"https://crm.example.com/hook","secret":"s3cret"}""").CreateEvaluated(Hanako);
        var payload = Assert.Single(ev.Effects.Messages).Payload;
        Assert.Equal(("https://crm.example.com/hook", "s3cret"), (Str(payload["url"]), Str(payload["secret"])));
        var body = payload["body"]!;
        Assert.Equal(("lead.created", "sato", "follow-up"), (Str(body["event"]), Str(body["ownerId"]), Str(body["workflowId"])));
        Assert.Equal((lead.Id, "ACME 株式会社", "3カ月以内"), (Str(body["lead"]!["id"]), Str(body["lead"]!["company"]), Str(body["lead"]!["fields"]!["導入検討時期"])));
    }
}
