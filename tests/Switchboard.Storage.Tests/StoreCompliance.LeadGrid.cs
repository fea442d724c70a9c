using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

// The console's leads grid: filters, sorts, keyset paging, created range.
public abstract partial class StoreCompliance
{
    private static readonly Instant GridT0 = Instant.FromUtc(2026, 12, 1, 0, 0);

    /// <summary>A lead created <paramref name="minutes"/> after GridT0.</summary>
    private static Lead GridLead(string id, int minutes, int score = 0, string? owner = "rep-a", string status = LeadStatus.Assigned,
        string stage = "New", string? grade = null, string? source = "web") => new()
    {
        Id = id, OwnerId = owner, Status = status, Stage = stage, Score = score, Grade = grade,
        CreatedAt = GridT0.Plus(Duration.FromMinutes(minutes)), UpdatedAt = GridT0,
        Data = source is null ? new JsonObject { ["email"] = id + "@example.jp" } : new JsonObject { ["email"] = id + "@example.jp", ["source"] = source },
    };

    private async Task<string[]> GridIdsAsync(LeadQuery query) => [.. (await Store.ListLeadsAsync(query)).Items.Select(lead => lead.Id)];

    /// <summary>Every page of <paramref name="query"/>, cursor after cursor, as one list.</summary>
    private async Task<List<string>> PagedIdsAsync(LeadQuery query)
    {
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Store.ListLeadsAsync(query with { Cursor = cursor });
            paged.AddRange(page.Items.Select(lead => lead.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);
        return paged;
    }

    [StoreFact]
    public async Task Grid_filters_by_source_grade_stage_and_min_score()
    {
        await InsertAsync(
            GridLead("g1", 1, score: 10, source: "web", grade: "A", stage: "New"),
            GridLead("g2", 2, score: 50, source: "展示会", grade: "B", stage: "Working"),
            GridLead("g3", 3, score: 90, source: "web", grade: "A", stage: "Working"),
            GridLead("g4", 4, score: 70, source: null, grade: null, stage: "New"));

        Assert.Equal(["g3", "g1"], await GridIdsAsync(new LeadQuery { Source = "web" }));
        Assert.Equal(["g2"], await GridIdsAsync(new LeadQuery { Source = "展示会" }));
        Assert.Empty(await GridIdsAsync(new LeadQuery { Source = "Web" }));
        Assert.Equal(["g3", "g1"], await GridIdsAsync(new LeadQuery { Grade = "A" }));
        Assert.Equal(["g3", "g2"], await GridIdsAsync(new LeadQuery { Stage = "Working" }));
        Assert.Equal(["g4", "g3"], await GridIdsAsync(new LeadQuery { MinScore = 70 }));
        Assert.Equal(["g3"], await GridIdsAsync(new LeadQuery { Source = "web", MinScore = 20, Stage = "Working", Grade = "A" }));
    }

    [StoreFact]
    public async Task Grid_source_follows_the_leads_source_field_when_it_changes()
    {
        var lead = GridLead("g1", 1, source: "web");
        await InsertAsync(lead);
        await using (var tx = await Store.BeginRoutingAsync())
        {
            lead.Data["source"] = "referral";
            await tx.UpdateLeadsAsync([lead]);
            await tx.CommitAsync();
        }

        Assert.Empty(await GridIdsAsync(new LeadQuery { Source = "web" }));
        Assert.Equal(["g1"], await GridIdsAsync(new LeadQuery { Source = "referral" }));
    }

    [StoreFact]
    public async Task Grid_created_range_includes_from_and_excludes_to()
    {
        await InsertAsync(GridLead("g0", 0), GridLead("g10", 10), GridLead("g20", 20), GridLead("g30", 30));
        var at = (int minutes) => GridT0.Plus(Duration.FromMinutes(minutes));

        Assert.Equal(["g20", "g10"], await GridIdsAsync(new LeadQuery { CreatedFrom = at(10), CreatedTo = at(30) }));
        Assert.Equal(["g30", "g20"], await GridIdsAsync(new LeadQuery { CreatedFrom = at(11) }));
        Assert.Equal(["g10", "g0"], await GridIdsAsync(new LeadQuery { CreatedTo = at(20) }));
        Assert.Empty(await GridIdsAsync(new LeadQuery { CreatedFrom = at(10), CreatedTo = at(10) }));
    }

    [StoreFact]
    public async Task Grid_sorts_by_created_time_not_insertion_newest_first_by_default()
    {
        await InsertAsync(GridLead("late", 30), GridLead("early", 10), GridLead("middle", 20), GridLead("middle-too", 20));

        Assert.Equal(["late", "middle-too", "middle", "early"], await GridIdsAsync(new LeadQuery()));
        Assert.Equal(["early", "middle", "middle-too", "late"], await GridIdsAsync(new LeadQuery { Sort = LeadSort.CreatedAscending }));
    }

    [StoreFact]
    public async Task Grid_sorts_by_score_highest_first_and_equal_scores_newest_first()
    {
        await InsertAsync(GridLead("s40", 1, score: 40), GridLead("s90-old", 2, score: 90), GridLead("s90-new", 3, score: 90), GridLead("s-5", 4, score: -5));

        Assert.Equal(["s90-new", "s90-old", "s40", "s-5"], await GridIdsAsync(new LeadQuery { Sort = LeadSort.Score }));
        Assert.Equal(["s90-new", "s90-old"], await GridIdsAsync(new LeadQuery { Sort = LeadSort.Score, MinScore = 50 }));
    }

    [StoreFact]
    public async Task Grid_paging_neither_repeats_nor_skips_a_lead_when_leads_are_added_between_pages()
    {
        foreach (var sort in Enum.GetValues<LeadSort>())
        {
            var first = Enumerable.Range(0, 12).Select(i => GridLead($"{sort}-{i:D2}", 100 + i % 5, score: i % 3)).ToArray();
            await InsertAsync(first);
            var seen = new List<string>();
            string? cursor = null;
            var added = 0;
            do
            {
                var page = await Store.ListLeadsAsync(new LeadQuery { Sort = sort, Limit = 5, Owner = "rep-a", Cursor = cursor });
                seen.AddRange(page.Items.Select(lead => lead.Id));
                cursor = page.NextCursor;
                // Between pages: one lead older, one as old as those listed, one newer, with low and high scores.
                await InsertAsync(GridLead($"{sort}-new-{added++}", 99, score: 9), GridLead($"{sort}-new-{added++}", 102, score: 1),
                    GridLead($"{sort}-new-{added++}", 200, score: -1));
            } while (cursor is not null && seen.Count < 100);

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Empty(first.Select(lead => lead.Id).Except(seen));
        }
    }

    [StoreFact]
    public async Task Grid_pages_follow_the_sort_order_exactly()
    {
        var leads = Enumerable.Range(0, 17).Select(i => GridLead($"o{i:D2}", i % 4, score: i % 5)).ToArray();
        await InsertAsync(leads);

        foreach (var sort in Enum.GetValues<LeadSort>())
        {
            Assert.Equal(await GridIdsAsync(new LeadQuery { Sort = sort, Limit = 500 }), await PagedIdsAsync(new LeadQuery { Sort = sort, Limit = 3 }));
        }
    }

    [StoreFact]
    public async Task Grid_pages_through_a_created_range_in_either_order_as_one_list()
    {
        await InsertAsync(Enumerable.Range(0, 12).Select(i => GridLead($"r{i:00}", i / 2)).ToArray());
        var range = new LeadQuery { CreatedFrom = GridT0.Plus(Duration.FromMinutes(1)), CreatedTo = GridT0.Plus(Duration.FromMinutes(5)) };
        foreach (var sort in new[] { LeadSort.Created, LeadSort.CreatedAscending })
        {
            var whole = await GridIdsAsync(range with { Sort = sort, Limit = 500 });
            Assert.Equal(8, whole.Length);
            Assert.Equal(whole, await PagedIdsAsync(range with { Sort = sort, Limit = 3 }));
        }
    }

    [StoreFact]
    public async Task Grid_cursor_made_up_outside_the_created_range_lists_no_lead_outside_it()
    {
        await InsertAsync(Enumerable.Range(0, 6).Select(i => GridLead($"o{i}", i)).ToArray());
        var range = new LeadQuery { CreatedFrom = GridT0.Plus(Duration.FromMinutes(2)), CreatedTo = GridT0.Plus(Duration.FromMinutes(4)) };
        var late = GridT0.Plus(Duration.FromMinutes(10)).ToUnixTimeTicks();
        var early = GridT0.Minus(Duration.FromMinutes(10)).ToUnixTimeTicks();

        Assert.Equal(["o3", "o2"], await GridIdsAsync(range with { Cursor = LeadCursor.Encode(range, 0, late, 1_000) }));
        var ascending = range with { Sort = LeadSort.CreatedAscending };
        Assert.Equal(["o2", "o3"], await GridIdsAsync(ascending with { Cursor = LeadCursor.Encode(ascending, 0, early, 0) }));
    }

    [StoreFact]
    public async Task Grid_refuses_a_cursor_of_another_sort_or_filter()
    {
        await InsertAsync(Enumerable.Range(0, 3).Select(i => GridLead($"c{i}", i, source: "web")).ToArray());
        var query = new LeadQuery { Source = "web", Limit = 1 };
        var cursor = (await Store.ListLeadsAsync(query)).NextCursor;
        Assert.NotNull(cursor);

        Assert.Single((await Store.ListLeadsAsync(query with { Cursor = cursor })).Items);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListLeadsAsync(query with { Cursor = cursor, Sort = LeadSort.Score }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListLeadsAsync(query with { Cursor = cursor, Source = "ads" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListLeadsAsync(query with { Cursor = cursor, CreatedFrom = GridT0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListLeadsAsync(query with { Cursor = "bm90LWEtY3Vyc29y" }));
    }
}
