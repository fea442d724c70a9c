using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static readonly string WithSecrets = FollowUpConfigs.Inbound("""
        ,{"type":"notify","channel":"webhook","url":"https://hooks.example.com/in","secret":"s3cr3t-signing-key"}
        ,{"type":"notify","channel":"slack","url":"https://hooks.slack.com/services/T0/B0/XYZ"}
        """);

    [StoreFact]
    public async Task secrets_are_redacted_on_every_read_of_the_configuration()
    {
        await using var app = await StartAsync(WithSecrets);
        var client = app.Admin();

        foreach (var url in new[] { "/api/config", "/api/config/versions/1", "/api/workflows", "/api/workflows/inbound" })
        {
            var text = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("s3cr3t", text);
            Assert.DoesNotContain("hooks.slack.com", text);
            Assert.Contains(ConfigSecrets.Placeholder, text);
        }
        var answer = await client.PatchJson("/api/workflows/inbound", """{"name":"Renamed"}""");
        Assert.DoesNotContain("s3cr3t", await answer.Content.ReadAsStringAsync());
    }

    [StoreFact]
    public async Task a_document_read_and_put_back_keeps_its_stored_secrets()
    {
        await using var app = await StartAsync(WithSecrets);
        var client = app.Admin();
        var document = await (await client.GetAsync("/api/config")).Json();
        document["settings"]!["dedupe"] = "create";

        Assert.Equal(HttpStatusCode.OK, (await client.PutJson("/api/config", document.ToJsonString())).StatusCode);

        var actions = (await app.Services.GetRequiredService<ConfigService>().CurrentAsync()).Source.Workflows[0].Actions;
        Assert.Equal("s3cr3t-signing-key", actions[1].Secret);
        Assert.Equal("https://hooks.slack.com/services/T0/B0/XYZ", actions[2].Url);
    }

    [StoreFact]
    public async Task a_redacted_placeholder_where_no_secret_is_stored_is_a_400_naming_the_field()
    {
        await using var app = await StartAsync(WithSecrets);

        var answer = await app.Admin().PostJson("/api/workflows", """
            {"id":"other","name":"Other","trigger":{"type":"lead.created"},
             "actions":[{"type":"webhook","url":"https://hooks.example.com/x","secret":"********"}]}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull((await answer.Json())["errors"]!["actions[0].secret"]);
    }

    [StoreFact]
    public async Task the_outbox_shows_outgoing_messages_with_their_secrets_redacted()
    {
        await using var app = await StartAsync(WithSecrets);
        var client = app.Admin();
        await client.PostJson("/api/leads", """{"email":"kim@example.kr"}""");

        var outbox = await (await client.GetAsync("/api/outbox")).Content.ReadAsStringAsync();

        Assert.Contains(ConfigSecrets.Placeholder, outbox);
        Assert.DoesNotContain("s3cr3t", outbox);
        Assert.DoesNotContain("hooks.slack.com", outbox);
    }
}
