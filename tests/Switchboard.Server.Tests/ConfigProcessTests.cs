using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// Two server processes on one database, 16 clients each making configuration changes at once: every
/// acknowledged change is in the final configuration (the store saves a version only on the one it was made from).
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ConfigProcessTests(PostgresCluster cluster)
{
    private const int ClientsPerProcess = 16;
    private const int RepsPerClient = 3;

    [PostgresFact]
    public async Task two_processes_on_one_postgres_lose_no_acknowledged_configuration_change()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);

        await EveryAcknowledgedRepExists(first, second);
    }

    [Fact]
    public async Task two_processes_on_one_sqlite_file_lose_no_acknowledged_configuration_change()
    {
        await using var first = await ServerProcess.StartAsync();
        await using var second = await ServerProcess.StartAsync(dataDir: first.WorkDirectory);

        await EveryAcknowledgedRepExists(first, second);
    }

    private static async Task EveryAcknowledgedRepExists(ServerProcess first, ServerProcess second)
    {
        var servers = new[] { first, second };
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 2 * ClientsPerProcess).Select(async client =>
        {
            using var http = servers[client % 2].Client();
            var ids = new List<string>();
            for (var i = 0; i < RepsPerClient; i++)
            {
                var id = $"rep-{client}-{i}";
                var answer = await http.PostJson("/api/reps", $$"""{"id":"{{id}}","name":"Rep {{id}}","timeZone":"Europe/Berlin"}""");
                if (answer.StatusCode == HttpStatusCode.Created) ids.Add(id);
            }
            return ids;
        }));

        using var admin = first.Client();
        var reps = (await (await admin.GetAsync("/api/reps")).JsonNodeOf()).AsArray().Select(r => r.Str("id")).ToHashSet();
        var expected = acknowledged.SelectMany(ids => ids).ToList();
        Assert.Equal(2 * ClientsPerProcess * RepsPerClient, expected.Count);
        Assert.All(expected, id => Assert.Contains(id, reps));
        Assert.Equal(expected.Count, (await (await admin.GetAsync("/api/config/versions")).Json())["items"]!.AsArray().Count);
    }
}
