using NodaTime;
using Switchboard.Server.Auth;
using Switchboard.Server.Demo;
using Switchboard.Application.Keys;
using Switchboard.Application;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Runs before the server accepts requests: migrates the database, makes sure an admin key exists
/// (from SWITCHBOARD_ADMIN_KEY, or generated and printed once), offers a setup link while no admin user exists,
/// seeds the demo organisation and its users into an empty database unless the demo is turned off, and gives the live
/// updates hub the configuration its filters read (claim boards) before any note of another process arrives for them.
/// </summary>
public sealed class Bootstrap(
    ISwitchboardStore store, ConfigService configs, LiveUpdates live, SwitchboardOptions options, FirstPeople people, StartupNotices notices,
    IClock clock, ILogger<Bootstrap> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await store.MigrateAsync(ct);
        await EnsureAdminKeyAsync(ct);
        if (options.Demo && await store.GetConfigVersionNumberAsync(ct) == 0)
        {
            var demo = DemoOrganisation.Build();
            var change = await configs.ReplaceAsync(demo, new ConfigEdit("demo", "the demo organisation"), ct);
            if (!change.Ok) throw new InvalidOperationException("demo configuration is invalid: " + string.Join("; ", change.Errors));
            log.DemoSeeded(change.Saved!.Version);
            await people.SeedDemoUsersAsync(demo, ct);
        }
        await people.OfferSetupLinkAsync(ct);
        live.Remember(await configs.CurrentAsync(ct));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task EnsureAdminKeyAsync(CancellationToken ct)
    {
        if (options.AdminKey is { Length: > 0 } configured)
        {
            var hash = ApiKeys.Hash(configured);
            if (await store.FindApiKeyByHashAsync(hash, ct) is not null) return;
            try
            {
                await store.SaveApiKeyAsync(NewAdmin("admin (SWITCHBOARD_ADMIN_KEY)", hash), ct);
            }
            catch (Exception)
            {
                // another server process sharing the database may have stored the same key first
                if (await store.FindApiKeyByHashAsync(hash, ct) is null) throw;
            }
            return;
        }
        var keys = await store.ListApiKeysAsync(ct);
        if (keys.Any(k => k.Role == ApiKeys.Admin)) return;
        var key = ApiKeys.Generate();
        await store.SaveApiKeyAsync(NewAdmin("bootstrap admin", ApiKeys.Hash(key)), ct);
        notices.Out.WriteLine($"Switchboard admin key (shown once, store it now): {key}");
    }

    private ApiKeyRecord NewAdmin(string name, string hash) => new()
    {
        Id = "key-" + Guid.NewGuid().ToString("N")[..12], Name = name, Hash = hash, Role = ApiKeys.Admin, CreatedAt = clock.GetCurrentInstant(),
    };
}
