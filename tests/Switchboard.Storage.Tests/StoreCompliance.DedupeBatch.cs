using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task FindOpenDuplicatesAsync_gives_every_match_what_the_single_lookup_gives()
    {
        await InsertAsync(
            TestLeads.Simple("by-external-id", externalId: "crm-1"),
            TestLeads.Simple("old-email", email: "anna@example.de"),
            TestLeads.Simple("new-email", email: "Anna@Example.DE"),
            WithPhone("by-phone", "+49 30 1234567", null),
            TestLeads.Simple("closed", email: "gone@example.de", status: LeadStatus.Converted));
        ContactMatch[] matches =
        [
            new("crm-1", "anna@example.de", "+49301234567"), new("crm-2", "anna@example.de", null),
            new(null, "nobody@example.de", "+49301234567"), new(null, "gone@example.de", null), new(null, null, "+4911111"),
        ];

        await using var tx = await Store.BeginRoutingAsync();
        var found = await tx.FindOpenDuplicatesAsync(matches);

        foreach (var match in matches)
            Assert.Equal(await tx.FindOpenDuplicateAsync(match), found.GetValueOrDefault(match));
        Assert.Equal("new-email", found[matches[1]]);
        Assert.Equal(3, found.Count);
    }

    [StoreFact]
    public async Task FindIdempotencyKeysAsync_tells_created_from_merged_keys()
    {
        await InsertAsync(TestLeads.Simple("lead-1"));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-2"), "key-created")]);
            await tx.AddMergeKeysAsync([new MergeKey("key-merged", "lead-1")], T0);
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginRoutingAsync();
        var (created, merged) = await read.FindIdempotencyKeysAsync(["key-created", "key-merged", "key-unknown"]);

        Assert.Equal("lead-2", Assert.Single(created, k => k.Key == "key-created").Value);
        Assert.Equal("lead-1", Assert.Single(merged, k => k.Key == "key-merged").Value);
        Assert.DoesNotContain("key-unknown", created.Keys.Concat(merged.Keys));
    }
}
