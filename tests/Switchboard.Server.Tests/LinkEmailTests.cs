using System.Net.Http.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Server.Tests.Sinks;

namespace Switchboard.Server.Tests;

/// <summary>Invitation and reset links by email: API or form → outbox → SMTP (a real aiosmtpd server).</summary>
public sealed partial class LinkEmailTests
{
    [SmtpFact]
    public async Task an_invitation_is_emailed_in_the_persons_language_and_shown_to_the_admin()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = Start(smtp);

        var user = await (await app.Admin().PostAsJsonAsync("/api/users",
            new { email = "minji@example.kr", name = "김민지", role = "manager", language = "ko", invite = true })).Json();

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(("minji@example.kr", "Switchboard 초대"), (mail.To.Mailboxes.Single().Address, mail.Subject));
        Assert.Contains(user.Str("inviteUrl")!, mail.TextBody);
        Assert.StartsWith("https://switchboard.example.com/password?token=", user.Str("inviteUrl"));
    }

    [SmtpFact]
    public async Task forgot_password_emails_a_reset_link_that_sets_a_new_password_once()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = Start(smtp);
        await app.SignedIn("hans@example.de", "manager");
        await smtp.WaitForAsync(1);

        var answer = await app.Browser().PostForm("/account/forgot", [("email", "Hans@example.de")]);

        Assert.Equal("/signin?sent=1", answer.Location());
        var link = ResetLinkIn(await smtp.WaitForAsync(2));
        Assert.Equal("/", (await app.Browser().SetPassword(Browsers.TokenOf(link), "ein neues Passwort")).Location());
        Assert.Equal("/", (await app.Browser().SignIn("hans@example.de", "ein neues Passwort")).Location());
        Assert.EndsWith("&error=used", (await app.Browser().SetPassword(Browsers.TokenOf(link), "noch ein Passwort")).Location());
    }

    [SmtpFact]
    public async Task a_reset_link_expires_after_an_hour()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var clock = SwitchboardApp.StoppedClock();
        await using var app = Start(smtp, clock);
        await app.SignedIn("hans@example.de", "manager");
        await app.Browser().PostForm("/account/forgot", [("email", "hans@example.de")]);
        await app.AllDueDoneAsync();
        var link = ResetLinkIn(await smtp.WaitForAsync(2));

        await app.AdvanceAsync(Duration.FromHours(1));

        Assert.EndsWith("&error=expired", (await app.Browser().SetPassword(Browsers.TokenOf(link), "ein neues Passwort")).Location());
    }

    [SmtpFact]
    public async Task forgot_password_for_an_unknown_email_sends_nothing_and_answers_the_same()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = Start(smtp);

        var answer = await app.Browser().PostForm("/account/forgot", [("email", "nobody@example.de")]);

        Assert.Equal("/signin?sent=1", answer.Location());
        await app.AllDueDoneAsync();
        Assert.Empty((await (await app.Admin().GetAsync("/api/outbox")).Json())["items"]!.AsArray());
    }

    private static SwitchboardApp Start(SmtpSink smtp, FakeClock? clock = null) => new(settings: new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(), ["Smtp:From"] = "switchboard@example.com",
        ["Switchboard:PublicUrl"] = "https://switchboard.example.com",
    }, clock: clock);

    /// <summary>The link in the one reset email (the sink's maildir has no order).</summary>
    private static string ResetLinkIn(IEnumerable<MimeKit.MimeMessage> mails) =>
        LinkPattern().Match(Assert.Single(mails, m => m.Subject?.StartsWith("Reset", StringComparison.Ordinal) == true).TextBody ?? "").Value;

    [GeneratedRegex(@"https://\S+/password\?token=\S+")]
    private static partial Regex LinkPattern();
}
