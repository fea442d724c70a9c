using Microsoft.Playwright;
using Switchboard.Server.Tests;
using Switchboard.Storage.Tests;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// Two server processes sharing one throwaway PostgreSQL database (the demo organisation), as behind a load balancer
/// with sticky sessions: a console opened on one sees what is done through the other. Chromium as for
/// <see cref="ConsoleBrowser"/>.
/// </summary>
public sealed class TwoProcessConsoles : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Demo = new() { ["SWITCHBOARD_DEMO"] = "true" };
    private PostgresCluster? _cluster;
    private Chromium? _chromium;

    public ServerProcess First { get; private set; } = null!;
    public ServerProcess Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.Installed || !PostgresCluster.BinariesAvailable) return;
        _cluster = await PostgresCluster.StartAsync();
        var database = await _cluster.CreateDatabaseAsync();
        // One after the other: the first seeds the demo organisation, the second finds it there.
        First = await ServerProcess.StartAsync(database, settings: Demo);
        Second = await ServerProcess.StartAsync(database, settings: Demo);
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser (no cookies) on <paramref name="server"/>, at 1280×800.</summary>
    public Task<IPage> NewPageAsync(ServerProcess server, string language = "en") => _chromium!.NewPageAsync(server.Address, language, 1280, 800);

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (First is not null) await First.DisposeAsync();
        if (Second is not null) await Second.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoProcessCollection : ICollectionFixture<TwoProcessConsoles>
{
    public const string Name = "two processes on PostgreSQL";
}

/// <summary>A browser test on two server processes sharing PostgreSQL: skipped, with the reason, without Chromium or PostgreSQL.</summary>
public sealed class ChromiumPostgresFactAttribute : FactAttribute
{
    public ChromiumPostgresFactAttribute()
    {
        if (!Chromium.Installed) Skip = Chromium.Missing;
        else if (!PostgresCluster.BinariesAvailable) Skip = PostgresCluster.MissingBinariesReason;
    }
}
