namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task Ring_keys_come_back_oldest_first_and_a_name_keeps_its_first_element()
    {
        await Store.AddRingKeyAsync("key-b", "<key id=\"b\" />", TestLeads.T0 + NodaTime.Duration.FromSeconds(1));
        await Store.AddRingKeyAsync("key-a", "<key id=\"a\" />", TestLeads.T0);
        await Store.AddRingKeyAsync("key-a", "<key id=\"changed\" />", TestLeads.T0 + NodaTime.Duration.FromSeconds(2));

        Assert.Equal(["<key id=\"a\" />", "<key id=\"b\" />"], await Store.ListRingKeysAsync());
    }
}
