using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class MembershipAndWebhookActionTests
{
    [Fact]
    public void add_to_list_adds_the_lead_to_the_list()
    {
        var (lead, ev) = With("""{"type":"add_to_list","list":"seminar"}""").CreateEvaluated(Hanako);
        Assert.Equal([new MembershipChange("list", "seminar", lead.Id, true)], ev.Effects.Memberships);
        Assert.Equal("added_to_list", Of(ev, "add_to_list").Outcome);
    }

    [Fact]
    public void remove_from_list_removes_the_lead_from_the_list()
    {
        var (lead, ev) = With("""{"type":"remove_from_list","list":"nurture"}""").CreateEvaluated(Hanako);
        Assert.Equal([new MembershipChange("list", "nurture", lead.Id, false)], ev.Effects.Memberships);
    }

    [Fact]
    public void add_to_campaign_adds_the_lead_to_the_campaign()
    {
        var (lead, ev) = With("""{"type":"add_to_campaign","campaign":"spring"}""").CreateEvaluated(Hanako);
        Assert.Equal([new MembershipChange("campaign", "spring", lead.Id, true)], ev.Effects.Memberships);
    }

    [Fact]
    public void webhook_action_posts_the_signed_lead_payload_with_the_rendered_template()
    {
        var (lead, ev) = With($$$"""{{{AssignSato}}},{"type":"webhook","url":"https://erp.example.de/leads","secret":"k","template":"{{lead.region}}"}""").CreateEvaluated(Hanako);
        var message = Assert.Single(ev.Effects.Messages);
        Assert.Equal(Channels.Webhook, message.Channel);
        var body = message.Payload["body"]!;
        Assert.Equal(("k", lead.Id, "北海道"), (Str(message.Payload["secret"]), Str(body["lead"]!["id"]), Str(body["text"])));
        Assert.Equal("webhook_queued", Of(ev, "webhook").Outcome);
    }
}
