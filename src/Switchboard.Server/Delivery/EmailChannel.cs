using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>SMTP email through MailKit, configured by Smtp:Host, Port, From, User, Password, Tls (none | starttls | ssl | auto).</summary>
public sealed class EmailChannel(IConfiguration configuration) : IMessageChannel
{
    public string Name => Channels.Email;

    public async Task DeliverAsync(OutboxItem message, CancellationToken ct)
    {
        var smtp = configuration.GetSection("Smtp");
        var host = smtp["Host"] ?? throw new InvalidOperationException("SMTP is not configured (Smtp:Host)");
        var port = int.TryParse(smtp["Port"], out var p) ? p : 25;
        var from = smtp["From"] ?? "switchboard@localhost";

        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(message.Payload["fromName"]?.GetValue<string>() ?? "Switchboard", from));
        foreach (var to in message.Payload["to"]?.AsArray() ?? [])
            mail.To.Add(MailboxAddress.Parse(to!.GetValue<string>()));
        if (mail.To.Count == 0) throw new InvalidOperationException($"outbox message {message.Id} has no recipient");
        if (message.Payload["replyTo"]?.GetValue<string>() is { Length: > 0 } replyTo) mail.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        mail.Subject = message.Payload["subject"]?.GetValue<string>() ?? "";
        mail.Body = new TextPart("plain") { Text = message.Payload["text"]?.GetValue<string>() ?? "" };
        mail.MessageId = $"{message.MessageId}@switchboard";
        mail.Headers.Add(DeliveryHeaders.MessageId, message.MessageId);

        using var client = new SmtpClient();
        await client.ConnectAsync(host, port, Security(smtp["Tls"]), ct);
        if (smtp["User"] is { Length: > 0 } user) await client.AuthenticateAsync(user, smtp["Password"] ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }

    private static SecureSocketOptions Security(string? tls) => tls?.ToLowerInvariant() switch
    {
        "ssl" or "true" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        "auto" => SecureSocketOptions.Auto,
        _ => SecureSocketOptions.None,
    };
}
