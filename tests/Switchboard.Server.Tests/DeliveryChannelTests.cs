using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Switchboard.Server.Delivery;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage;

namespace Switchboard.Server.Tests;

/// <summary>The delivery channels against real receivers: an SMTP server and a local HTTP listener.</summary>
public sealed class DeliveryChannelTests
{
    private static readonly IHttpClientFactory Clients = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    private static OutboxItem Message(string channel, string payload) => new()
    {
        Id = 7, MessageId = "msg_test_7", Channel = channel, Payload = JsonNode.Parse(payload)!.AsObject(),
    };

    [Fact]
    public async Task webhook_body_is_signed_with_hmac_sha256_of_the_raw_body()
    {
        await using var sink = HttpSink.Start();
        var message = Message("webhook", "{\"url\":\"" + sink.Url() + "\",\"secret\":\"s3cret\",\"body\":{\"event\":\"lead.assigned\",\"lead\":{\"region\":\"北海道\"}}}");
        await new WebhookChannel(Clients, SystemClock.Instance).DeliverAsync(message, CancellationToken.None);
        var received = Assert.Single(await sink.WaitForAsync(1));
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8.ToArray(), Encoding.UTF8.GetBytes(received.Body)));
        Assert.Equal(expected, received.Headers["X-Switchboard-Signature"]);
        Assert.Equal("msg_test_7", received.Headers["X-Switchboard-Message-Id"]);
        Assert.True(long.TryParse(received.Headers["X-Switchboard-Timestamp"], out _));
        Assert.Equal("北海道", JsonNode.Parse(received.Body)!["lead"]!["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_receiver_answering_503_is_a_failed_delivery()
    {
        await using var sink = HttpSink.Start();
        sink.FailNext(10);
        var message = Message("slack", $$$"""{"url":"{{{sink.Url()}}}","body":{"text":"hi"}}""");
        await Assert.ThrowsAsync<HttpRequestException>(() => new SlackChannel(Clients).DeliverAsync(message, CancellationToken.None));
    }

    [SmtpFact]
    public async Task email_goes_through_a_real_smtp_server_with_reply_to_the_owner()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(), ["Smtp:From"] = "switchboard@example.com",
        }).Build();
        var message = Message("email", """
            {"to":["kim@example.kr"],"subject":"새 리드: 北海道","text":"Guten Tag, Müller","replyTo":"sato@example.jp","fromName":"佐藤 花子"}
            """);
        await new EmailChannel(configuration).DeliverAsync(message, CancellationToken.None);
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("새 리드: 北海道", mail.Subject);
        Assert.Equal("kim@example.kr", mail.To.Mailboxes.Single().Address);
        Assert.Equal("sato@example.jp", mail.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("佐藤 花子", mail.From.Mailboxes.Single().Name);
        Assert.Contains("Müller", mail.TextBody);
        Assert.Equal("msg_test_7", mail.Headers["X-Switchboard-Message-Id"]);
    }
}
