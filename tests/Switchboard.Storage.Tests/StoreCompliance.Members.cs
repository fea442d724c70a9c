using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task<IReadOnlyList<string>> MembersAsync(string kind = "list", string target = "seminar-2025") =>
        (await Store.ListMembersAsync(kind, target, null, 500)).LeadIds;

    [StoreFact]
    public async Task Adding_a_lead_to_a_list_twice_keeps_one_membership()
    {
        await CommitEffectsAsync(Of(Add("lead-1"), Add("lead-2"), Add("lead-1")));
        await CommitEffectsAsync(Of(Add("lead-1"), Add("lead-1", kind: "campaign")));

        Assert.Equal(["lead-1", "lead-2"], await MembersAsync());
        Assert.Equal(["lead-1"], await MembersAsync("campaign"));
    }

    [StoreFact]
    public async Task Removing_a_member_takes_only_that_lead_off_that_list()
    {
        await CommitEffectsAsync(Of(Add("lead-1"), Add("lead-2"), Add("lead-3"), Add("lead-2", "upsell")));

        await CommitEffectsAsync(Of(Remove("lead-2"), Remove("lead-9")));

        Assert.Equal(["lead-1", "lead-3"], await MembersAsync());
        Assert.Equal(["lead-2"], await MembersAsync(target: "upsell"));
    }

    [StoreFact]
    public async Task Membership_changes_apply_in_the_order_given()
    {
        await CommitEffectsAsync(Of(Add("lead-1"), Remove("lead-1"), Add("lead-1"), Add("lead-2"), Remove("lead-2")));

        Assert.Equal(["lead-1"], await MembersAsync());
    }

    [StoreFact]
    public async Task Members_page_in_the_order_they_were_added_with_a_cursor()
    {
        var ids = Enumerable.Range(1, 23).Select(i => $"m{i:D2}").ToList();
        foreach (var chunk in ids.Chunk(4)) await CommitEffectsAsync(Of(chunk.Select(id => (object)Add(id)).ToArray()));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Store.ListMembersAsync("list", "seminar-2025", cursor, 5);
            Assert.InRange(page.LeadIds.Count, 1, 5);
            seen.AddRange(page.LeadIds);
            cursor = page.NextCursor;
        } while (cursor is not null && seen.Count <= ids.Count);

        Assert.Equal(ids, seen);
    }

    [StoreFact]
    public async Task Listing_members_rejects_a_cursor_it_did_not_issue_and_an_unknown_kind()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListMembersAsync("list", "seminar-2025", "not a cursor!", 10));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListMembersAsync("folder", "seminar-2025", null, 10));
    }
}
