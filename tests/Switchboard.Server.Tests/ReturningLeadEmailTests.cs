using Switchboard.Server.Tests.Sinks;

namespace Switchboard.Server.Tests;

/// <summary>A merged returning lead: its owner hears of it by email through SMTP (a real aiosmtpd server).</summary>
public sealed class ReturningLeadEmailTests
{
    [SmtpFact]
    public async Task the_owner_of_a_returning_lead_is_emailed()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(), ["Smtp:From"] = "switchboard@example.com",
        };
        await using var app = new SwitchboardApp(settings: settings);
        var config = await app.Admin().PutJson("/api/config", FollowUpConfigs.Inbound());
        Assert.True(config.IsSuccessStatusCode, await config.Content.ReadAsStringAsync());

        await app.Admin().PostJson("/api/leads", """{"email":"yuki@example.jp","firstName":"Yuki"}""");
        await app.Admin().PostJson("/api/leads", """{"email":"YUKI@example.jp","company":"ACME 株式会社"}""");

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("kim@example.kr", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("Returning lead", mail.Subject);
        Assert.Contains("filled company", mail.TextBody);
    }
}
