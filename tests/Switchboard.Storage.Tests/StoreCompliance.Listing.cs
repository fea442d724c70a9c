using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task<List<Lead>> SeedForListingAsync()
    {
        List<Lead> leads =
        [
            TestLeads.Simple("l01", owner: "rep-a", status: LeadStatus.Assigned, stage: "New", email: "minji.kim@example.kr", firstName: "민지", lastName: "김", company: "Müller GmbH"),
            TestLeads.Simple("l02", owner: "rep-b", status: LeadStatus.Assigned, stage: "Working", email: "hans@mueller.de", firstName: "Hans", lastName: "Müller", company: "ACME"),
            TestLeads.Simple("l03", owner: null, status: LeadStatus.Unassigned, stage: "New", email: "yuki@example.jp", firstName: "由紀", lastName: "佐藤", company: "株式会社北海道テック"),
            TestLeads.Simple("l04", owner: "rep-a", status: LeadStatus.Converted, stage: "SQL", email: "CEO@BIGCORP.COM", company: "BigCorp"),
            TestLeads.Simple("l05", owner: "rep-a", status: LeadStatus.Assigned, stage: "Working", firstName: "Ｍｉｎｊｉ", company: "Ｆｕｌｌｗｉｄｔｈ"),
        ];
        await InsertAsync(leads.ToArray());
        return leads;
    }

    private async Task<string[]> ListIdsAsync(LeadQuery query) =>
        (await Store.ListLeadsAsync(query)).Items.Select(lead => lead.Id).ToArray();

    [StoreFact]
    public async Task Listing_filters_by_owner_status_and_stage_newest_first()
    {
        await SeedForListingAsync();

        Assert.Equal(["l05", "l04", "l03", "l02", "l01"], await ListIdsAsync(new LeadQuery()));
        Assert.Equal(["l05", "l04", "l01"], await ListIdsAsync(new LeadQuery { Owner = "rep-a" }));
        Assert.Equal(["l05", "l02", "l01"], await ListIdsAsync(new LeadQuery { Status = LeadStatus.Assigned }));
        Assert.Equal(["l05", "l02"], await ListIdsAsync(new LeadQuery { Stage = "Working" }));
        Assert.Equal(["l05"], await ListIdsAsync(new LeadQuery { Owner = "rep-a", Status = LeadStatus.Assigned, Stage = "Working" }));
        Assert.Empty(await ListIdsAsync(new LeadQuery { Owner = "rep-z" }));
    }

    [StoreFact]
    public async Task Listing_q_matches_email_names_and_company_case_insensitively()
    {
        await SeedForListingAsync();

        Assert.Equal(["l02", "l01"], await ListIdsAsync(new LeadQuery { Q = "MÜLLER" }));      // company of l01, lastName of l02
        Assert.Equal(["l01"], await ListIdsAsync(new LeadQuery { Q = "민지" }));
        Assert.Equal(["l04"], await ListIdsAsync(new LeadQuery { Q = "ceo@bigcorp" }));
        Assert.Equal(["l03", "l01"], await ListIdsAsync(new LeadQuery { Q = "Example." }));
        Assert.Equal(["l03"], await ListIdsAsync(new LeadQuery { Q = "北海道" }));              // company, not region
        Assert.Equal(["l05", "l01"], await ListIdsAsync(new LeadQuery { Q = "minji" }));       // email of l01, full-width name of l05
        Assert.Equal(["l05"], await ListIdsAsync(new LeadQuery { Q = "fullwidth" }));           // NFKC folds full-width letters
        Assert.Equal(["l01"], await ListIdsAsync(new LeadQuery { Q = "müller", Owner = "rep-a" }));
        Assert.Empty(await ListIdsAsync(new LeadQuery { Q = "%" }));
        Assert.Empty(await ListIdsAsync(new LeadQuery { Q = "hans@mueller.de\nacme" }));       // no match across fields
    }

    [StoreFact]
    public async Task Listing_pages_with_a_cursor_without_gaps_or_repeats()
    {
        var all = Enumerable.Range(1, 23)
            .Select(i => TestLeads.Simple($"p{i:D2}", owner: i % 3 == 0 ? "rep-c" : "rep-d"))
            .ToArray();
        await InsertAsync(all);

        await AssertPagesAsync(new LeadQuery { Limit = 5 }, all.Reverse().Select(lead => lead.Id).ToList());
        await AssertPagesAsync(new LeadQuery { Limit = 2, Owner = "rep-c" },
            all.Reverse().Where(lead => lead.OwnerId == "rep-c").Select(lead => lead.Id).ToList());
        await AssertPagesAsync(new LeadQuery { Limit = 23 }, all.Reverse().Select(lead => lead.Id).ToList());
    }

    private async Task AssertPagesAsync(LeadQuery query, List<string> expected)
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.ListLeadsAsync(query with { Cursor = cursor });
            Assert.InRange(page.Items.Count, 1, query.Limit);
            seen.AddRange(page.Items.Select(lead => lead.Id));
            cursor = page.NextCursor;
            Assert.True(++pages <= expected.Count, "paging does not end");
        } while (cursor is not null);

        Assert.Equal(expected, seen);
    }

    [StoreFact]
    public async Task Listing_limit_is_clamped_between_1_and_500()
    {
        var leads = Enumerable.Range(1, 501).Select(i => TestLeads.Simple($"c{i:D3}")).ToArray();
        await InsertAsync(leads);

        var one = await Store.ListLeadsAsync(new LeadQuery { Limit = 0 });
        Assert.Equal(["c501"], one.Items.Select(lead => lead.Id));
        Assert.NotNull(one.NextCursor);

        var max = await Store.ListLeadsAsync(new LeadQuery { Limit = 10_000 });
        Assert.Equal(500, max.Items.Count);
        var rest = await Store.ListLeadsAsync(new LeadQuery { Limit = 10_000, Cursor = max.NextCursor });
        Assert.Equal(["c001"], rest.Items.Select(lead => lead.Id));
        Assert.Null(rest.NextCursor);
    }

    [StoreFact]
    public async Task Listing_rejects_a_cursor_it_did_not_issue()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListLeadsAsync(new LeadQuery { Cursor = "not a cursor!" }));
    }
}
