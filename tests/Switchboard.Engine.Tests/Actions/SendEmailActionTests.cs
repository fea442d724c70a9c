using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class SendEmailActionTests
{
    private const string SendEmail = """{"type":"send_email","subject":"{{lead.company}}様","template":"{{lead.lastName}}様、担当の{{owner.name}}です。"}""";

    [Fact]
    public void send_email_goes_to_the_lead_from_the_owner_with_replies_to_the_owner()
    {
        var (_, ev) = With($"{AssignSato},{SendEmail}").CreateEvaluated(Hanako);
        var message = Assert.Single(ev.Effects.Messages);
        Assert.Equal(Channels.Email, message.Channel);
        Assert.Equal(["hanako@acme.co.jp"], To(message));
        Assert.Equal(("ACME 株式会社様", "Yamada様、担当の佐藤 花子です。"), (Str(message.Payload["subject"]), Str(message.Payload["text"])));
        Assert.Equal(("佐藤 花子", "sato@example.jp"), (Str(message.Payload["fromName"]), Str(message.Payload["replyTo"])));
        Assert.Equal("email_queued", Of(ev, "send_email").Outcome);
    }

    [Fact]
    public void send_email_to_a_lead_without_an_email_is_skipped_with_the_reason()
    {
        var (_, ev) = With($"{AssignSato},{SendEmail}").CreateEvaluated("""{"company":"ACME"}""");
        Assert.Empty(ev.Effects.Messages);
        var decision = Of(ev, "send_email");
        Assert.Equal("skipped", decision.Outcome);
        Assert.Contains("no email address", decision.Why);
    }

    [Fact]
    public void send_email_without_an_owner_has_no_reply_to()
    {
        var (_, ev) = With(SendEmail).CreateEvaluated(Hanako);
        var payload = Assert.Single(ev.Effects.Messages).Payload;
        Assert.False(payload.ContainsKey("replyTo"));
        Assert.False(payload.ContainsKey("fromName"));
    }
}
