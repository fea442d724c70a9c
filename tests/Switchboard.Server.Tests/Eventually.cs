using System.Text.Json.Nodes;

namespace Switchboard.Server.Tests;

/// <summary>Waiting for a condition in real time, for the tests whose subject is real time (other processes, restarts).</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails after a minute and a half, generous for a loaded machine.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            Assert.False(patience.IsCancellationRequested, "the condition did not hold within 90 s");
            await Task.Delay(50);
        }
    }

    /// <summary>The server's outbox, newest first (up to 500 messages).</summary>
    public static async Task<JsonArray> OutboxAsync(this ServerProcess server)
    {
        using var client = server.Client();
        return (await (await client.GetAsync("/api/outbox?limit=500")).Json())["items"]!.AsArray();
    }

    /// <summary>
    /// Waits until every message in the outbox is recorded delivered: from then on nothing can send one again.
    /// </summary>
    public static Task AllDeliveredAsync(this ServerProcess server) =>
        HoldsAsync(async () => (await server.OutboxAsync()).All(m => m.Str("state") == "delivered"));
}
