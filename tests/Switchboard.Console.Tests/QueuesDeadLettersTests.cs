using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Application;
using Switchboard.Application.Live;
using Switchboard.Engine.Model;
using Switchboard.Storage;
using Switchboard.Web.Pages.Queues;

namespace Switchboard.Web.Tests;

/// <summary>
/// Send again on a dead letter, against a real SQLite store and the application's <see cref="FollowUpService"/> (the
/// shared browser fixture's outbox gives up only after a day, so no dead letter can be made there in a test's time).
/// </summary>
public sealed class QueuesDeadLettersTests : ComponentTest, IAsyncLifetime
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 7, 1, 0);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "switchboard-dead-" + Guid.NewGuid().ToString("N"));
    private SqlStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = StoreFactory.Create(null, _directory);
        await _store.MigrateAsync();
        var clock = new FakeClock(Now);
        Services.AddSingleton<ISwitchboardStore>(_store);
        Services.AddSingleton(new FollowUpService(_store, new LiveUpdates(_store, clock, NullLogger<LiveUpdates>.Instance), new WorkSignals(), clock));
    }

    [Fact]
    public async Task sending_a_dead_letter_again_makes_it_pending_and_says_so()
    {
        var dead = await DeadLetterAsync();
        var list = Render<DeadLetters>(parameters => parameters
            .Add(p => p.Messages, [dead]).Add(p => p.Zone, DateTimeZone.Utc));

        await list.Find($"[data-message='{dead.Id}'] button").ClickAsync(new());

        Assert.Equal(dead.Id, Assert.Single(await _store.ListOutboxAsync("pending", 10)).Id);
        Assert.Empty(await _store.ListOutboxAsync("dead", 10));
        Assert.Contains($"Message {dead.Id} will be sent again.", list.Find("[role=status]").TextContent);
    }

    [Fact]
    public async Task a_dead_letter_someone_else_sent_again_already_is_said_to_be_no_longer_dead()
    {
        var dead = await DeadLetterAsync();
        Assert.True(await _store.RetryOutboxAsync(dead.Id, Now));
        var list = Render<DeadLetters>(parameters => parameters
            .Add(p => p.Messages, [dead]).Add(p => p.Zone, DateTimeZone.Utc));

        await list.Find($"[data-message='{dead.Id}'] button").ClickAsync(new());

        Assert.Contains($"Message {dead.Id} is no longer a dead letter.", list.Find("[role=status]").TextContent);
    }

    /// <summary>A webhook message that failed with no further attempt: dead, as the outbox worker leaves it past its give-up time.</summary>
    private async Task<OutboxItem> DeadLetterAsync()
    {
        await using (var tx = await _store.BeginRoutingAsync())
        {
            var effects = new Effects();
            effects.Messages.Add(new OutgoingMessage(Channels.Webhook, "ld_dead", new JsonObject { ["url"] = "https://hooks.example/down" }));
            await tx.AddEffectsAsync(effects, Now);
            await tx.CommitAsync();
        }
        var message = Assert.Single(await _store.ClaimDueOutboxAsync("test", Now, Duration.FromSeconds(30), 10));
        await _store.MarkOutboxFailedAsync(message.Id, "test", "HTTP 410 Gone", null);
        return Assert.Single(await _store.ListOutboxAsync("dead", 10));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
