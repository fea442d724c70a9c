using System.Diagnostics;
using Npgsql;
using Switchboard.Application.Live;
using Switchboard.Storage;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Live updates across two server processes sharing one PostgreSQL database: what one commits reaches the change
/// streams of the other within 2 s, and a listener that loses its connection listens again and says resync.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class LiveProcessTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    /// <summary>From the moment the creating request is answered (the lead is committed) until the other process's stream has it.</summary>
    [PostgresFact]
    public async Task a_lead_created_through_one_process_reaches_a_change_stream_of_the_other_within_2_s()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        await first.Client().PutJson("/api/config", TestConfigs.SevenRoundRobin);
        await using var stream = await ChangeStreamClient.OpenAsync(second.Client());

        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 10; i++)
        {
            var lead = await (await first.Client().PostJson("/api/leads", $$"""{"email":"across{{i}}@example.jp"}""")).Json();
            var committed = Stopwatch.GetTimestamp();
            var arrived = await stream.NextEventAsync(LiveUpdateKinds.LeadCreated, lead.Str("id"));
            var late = arrived.ArrivedAt > committed ? Stopwatch.GetElapsedTime(committed, arrived.ArrivedAt) : TimeSpan.Zero;
            if (late > slowest) slowest = late;
        }

        Assert.True(slowest <= Promise, $"the slowest note took {slowest}");
    }

    /// <summary>The second process saves no configuration and hears of none: it reads the stored one when it starts.</summary>
    [PostgresFact]
    public async Task a_process_started_after_the_configuration_was_saved_tells_its_reps_of_their_claim_boards()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin" """;
        await first.Client().PutJson("/api/config", FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank"));
        var key = (await (await first.Client().PostJson("/api/keys", """{"role":"rep","repId":"kim"}""")).Json()).Str("key")!;
        await using var second = await ServerProcess.StartAsync(database);
        await using var stream = await ChangeStreamClient.OpenAsync(second.Client(key));

        var lead = await (await first.Client().PostJson("/api/leads", """{"email":"board@example.jp"}""")).Json();

        Assert.Equal("claimable", lead.Str("status"));
        await stream.NextEventAsync(LiveUpdateKinds.LeadCreated, lead.Str("id"));
    }

    [PostgresFact]
    public async Task a_process_whose_listener_lost_its_connection_listens_again_and_says_resync()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        await using var stream = await ChangeStreamClient.OpenAsync(second.Client());

        await using (var admin = new NpgsqlConnection(database))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{PostgresStore.ListenerName}' AND datname = current_database()", admin);
            Assert.Equal(2L, await kill.ExecuteScalarAsync());
        }
        await stream.NextEventAsync(LiveUpdateKinds.Resync);
        var lead = await (await first.Client().PostJson("/api/leads", """{"email":"after@example.jp"}""")).Json();

        await stream.NextEventAsync(LiveUpdateKinds.LeadCreated, lead.Str("id"));
    }
}
