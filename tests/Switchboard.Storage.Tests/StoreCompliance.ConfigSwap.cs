namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task A_config_save_based_on_an_older_version_stores_nothing()
    {
        await Store.SaveConfigAsync(new("{}", "alice", TestLeads.T0));
        await Store.SaveConfigAsync(new("{}", "bob", TestLeads.T0));

        Assert.Null(await Store.SaveConfigAsync(new("""{"stale":true}""", "carol", TestLeads.T0), basedOn: 1));

        Assert.Equal(2, await Store.GetConfigVersionNumberAsync());
        Assert.Equal(3, await Store.SaveConfigAsync(new("{}", "carol", TestLeads.T0), basedOn: 2));
    }

    [StoreFact]
    public async Task A_config_version_keeps_the_note_its_author_gave()
    {
        await Store.SaveConfigAsync(new("{}", "alice", TestLeads.T0, "Kim joins the Seoul pool — 김민지"));
        await Store.SaveConfigAsync(new("{}", "bob", TestLeads.T0));

        Assert.Equal([null, "Kim joins the Seoul pool — 김민지"], (await Store.ListConfigVersionsAsync()).Select(v => v.Note));
    }
}
