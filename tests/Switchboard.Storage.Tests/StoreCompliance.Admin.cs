namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task Api_keys_save_find_by_hash_list_and_delete()
    {
        var admin = new ApiKeyRecord { Id = "k1", Name = "관리자 key", Hash = "sha256:aaa", Role = "admin", CreatedAt = TestLeads.T0 };
        var rep = new ApiKeyRecord { Id = "k2", Name = "Müller", Hash = "sha256:bbb", Role = "rep", RepId = "rep-hans", CreatedAt = TestLeads.T0.PlusTicks(1) };
        await Store.SaveApiKeyAsync(admin);
        await Store.SaveApiKeyAsync(rep);

        Assert.Equal(rep, await Store.FindApiKeyByHashAsync("sha256:bbb"));
        Assert.Null(await Store.FindApiKeyByHashAsync("sha256:ccc"));
        Assert.Equal([admin, rep], await Store.ListApiKeysAsync());

        Assert.True(await Store.DeleteApiKeyAsync("k1"));
        Assert.False(await Store.DeleteApiKeyAsync("k1"));
        Assert.Null(await Store.FindApiKeyByHashAsync("sha256:aaa"));
        Assert.Equal([rep], await Store.ListApiKeysAsync());
    }

    [StoreFact]
    public async Task Saving_an_api_key_again_replaces_it_and_a_taken_hash_is_rejected()
    {
        var key = new ApiKeyRecord { Id = "k1", Name = "ci", Hash = "h1", Role = "manager", CreatedAt = TestLeads.T0 };
        await Store.SaveApiKeyAsync(key);
        await Store.SaveApiKeyAsync(key with { Name = "ci (renamed)" });
        Assert.Equal("ci (renamed)", (await Store.FindApiKeyByHashAsync("h1"))!.Name);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveApiKeyAsync(key with { Id = "k2" }));
        Assert.Single(await Store.ListApiKeysAsync());
    }

    [StoreFact]
    public async Task Rep_status_is_upserted_without_touching_loads()
    {
        await Store.SetRepStatusAsync("rep-a", "away");
        var fresh = (await Store.GetRepLoadsAsync())["rep-a"];
        Assert.Equal(("away", 0, 0), (fresh.Status, fresh.Open, fresh.DayCount));

        await using (var tx = await Store.BeginRoutingAsync())
        {
            var state = await tx.LoadStateAsync();
            Assert.Equal("away", state.Loads["rep-a"].Status);
            state.Load("rep-a").Open = 3;
            state.DirtyReps.Add("rep-a");
            await tx.SaveStateAsync(state);
            await tx.CommitAsync();
        }
        await Store.SetRepStatusAsync("rep-a", "online");

        var load = (await Store.GetRepLoadsAsync())["rep-a"];
        Assert.Equal(("online", 3), (load.Status, load.Open));
    }

    [StoreFact]
    public async Task Migrating_again_and_concurrently_is_harmless()
    {
        await Store.SaveConfigAsync(new("{}", null, TestLeads.T0));
        var others = Enumerable.Range(0, 3).Select(_ => OpenUnmigrated()).ToList();

        await Task.WhenAll(others.Select(store => Task.Run(() => store.MigrateAsync())).Append(Store.MigrateAsync()));

        Assert.Equal(2, await others[0].SaveConfigAsync(new("{}", null, TestLeads.T0)));
    }
}
