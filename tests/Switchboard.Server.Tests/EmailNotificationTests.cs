using Switchboard.Server.Tests.Sinks;

namespace Switchboard.Server.Tests;

/// <summary>Email notices end to end: lead POSTed → outbox → SMTP (a real aiosmtpd server).</summary>
public sealed class EmailNotificationTests
{
    [SmtpFact]
    public async Task a_notify_email_to_the_owner_arrives_with_the_rendered_template()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var notify = """,{"type":"notify","channel":"email","to":"owner","template":"新しいリード: {{lead.fields.導入検討時期}} / {{owner.name}}"}""";
        await using var app = await StartAsync(smtp, FollowUpConfigs.Inbound(notify));

        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"m@example.jp","fields":{"導入検討時期":"3カ月以内"}}""")).Json();

        Assert.Equal("kim", lead.Str("ownerId"));
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("kim@example.kr", mail.To.Mailboxes.Single().Address);
        Assert.Contains("新しいリード: 3カ月以内 / 김민지", mail.TextBody);
    }

    [SmtpFact]
    public async Task the_owner_of_a_returning_lead_is_emailed()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = await StartAsync(smtp, FollowUpConfigs.Inbound());

        await app.Admin().PostJson("/api/leads", """{"email":"yuki@example.jp","firstName":"Yuki"}""");
        await app.Admin().PostJson("/api/leads", """{"email":"YUKI@example.jp","company":"ACME 株式会社"}""");

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("kim@example.kr", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("Returning lead", mail.Subject);
        Assert.Contains("filled company", mail.TextBody);
    }

    private static async Task<SwitchboardApp> StartAsync(SmtpSink smtp, string config)
    {
        var app = new SwitchboardApp(settings: new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(), ["Smtp:From"] = "switchboard@example.com",
        });
        var response = await app.Admin().PutJson("/api/config", config);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return app;
    }
}
