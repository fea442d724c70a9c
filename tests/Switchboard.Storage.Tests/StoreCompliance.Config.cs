namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task No_config_reads_as_null_and_version_zero()
    {
        Assert.Null(await Store.GetConfigAsync());
        Assert.Equal(0, await Store.GetConfigVersionNumberAsync());
        Assert.Empty(await Store.ListConfigVersionsAsync());
    }

    [StoreFact]
    public async Task Config_versions_increase_by_one_and_list_newest_first()
    {
        Assert.Equal(1, await Store.SaveConfigAsync(new("""{"v":"one"}""", "alice", TestLeads.T0)));
        Assert.Equal(2, await Store.SaveConfigAsync(new("""{"v":"two"}""", null, TestLeads.T0.PlusTicks(1))));
        Assert.Equal(3, await Store.SaveConfigAsync(new("""{"version":99,"v":"three"}""", "bob", TestLeads.T0.PlusTicks(2))));

        var list = await Store.ListConfigVersionsAsync();
        Assert.Equal([3, 2, 1], list.Select(info => info.Version));
        Assert.Equal(["bob", null, "alice"], list.Select(info => info.Author));
        Assert.Equal(TestLeads.T0.PlusTicks(2), list[0].CreatedAt);
        Assert.Equal(3, await Store.GetConfigVersionNumberAsync());
        var newest = await Store.GetConfigAsync();
        Assert.Equal(new StoredConfig(3, """{"version":99,"v":"three"}""", TestLeads.T0.PlusTicks(2)), newest);
    }

    [StoreFact]
    public async Task A_config_version_reads_back_byte_for_byte_by_number()
    {
        const string json = """{ "pools": [ { "id": "北海道", "name": "Müller 🚀" } ],  "note": "김민지" }""";
        await Store.SaveConfigAsync(new("{}", null, TestLeads.T0));
        await Store.SaveConfigAsync(new(json, "admin", TestLeads.T0));
        await Store.SaveConfigAsync(new("{}", null, TestLeads.T0));

        var stored = await Store.GetConfigVersionAsync(2);
        Assert.NotNull(stored);
        Assert.Equal(json, stored.Json);
        Assert.Null(await Store.GetConfigVersionAsync(4));
    }

    [StoreFact]
    public async Task Concurrent_config_saves_get_distinct_versions()
    {
        var other = await OpenMigratedAsync(); // a second server process on the same database
        const int perStore = 8;
        var saves = Enumerable.Range(0, perStore)
            .SelectMany(i => new[] { Store, other }.Select(store => Task.Run(() => store.SaveConfigAsync(new($$"""{"i":{{i}}}""", null, TestLeads.T0)))))
            .ToList();

        var versions = await Task.WhenAll(saves);

        Assert.Equal(Enumerable.Range(1, 2 * perStore), versions.Select(v => v!.Value).Order());
        Assert.Equal(2 * perStore, (await Store.ListConfigVersionsAsync()).Count);
    }
}
