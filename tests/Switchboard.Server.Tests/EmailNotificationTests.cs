using Switchboard.Server.Tests.Sinks;

namespace Switchboard.Server.Tests;

/// <summary>Workflow email notices end to end: lead POSTed → outbox → SMTP (a real aiosmtpd server).</summary>
public sealed class EmailNotificationTests
{
    [SmtpFact]
    public async Task a_notify_email_to_the_owner_arrives_with_the_rendered_template()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(), ["Smtp:From"] = "switchboard@example.com",
        };
        await using var app = new SwitchboardApp(settings: settings);
        var notify = """,{"type":"notify","channel":"email","to":"owner","template":"新しいリード: {{lead.fields.導入検討時期}} / {{owner.name}}"}""";
        var config = await app.Admin().PutJson("/api/config", FollowUpConfigs.Inbound(notify));
        Assert.True(config.IsSuccessStatusCode, await config.Content.ReadAsStringAsync());

        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"m@example.jp","fields":{"導入検討時期":"3カ月以内"}}""")).Json();

        Assert.Equal("kim", lead.Str("ownerId"));
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("kim@example.kr", mail.To.Mailboxes.Single().Address);
        Assert.Contains("新しいリード: 3カ月以内 / 김민지", mail.TextBody);
    }
}
