using System.Net;
using System.Text;
using NodaTime;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// The console's leads grid over HTTP: query parameters, their 400s, and the CSV download.
public abstract partial class ApiSuite
{
    private static async Task<string[]> ListedIds(HttpClient client, string query) =>
        [.. (await (await client.GetAsync("/api/leads?" + query)).Json())["items"]!.AsArray().Select(item => item.Str("id")!)];

    private static async Task<string> CreatedId(HttpClient client, string json) => (await (await client.PostJson("/api/leads", json)).Json()).Str("id")!;

    private static async Task AssertInvalidQuery(HttpClient client, string url, string field)
    {
        var answer = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], (await answer.Json())["errors"]!.AsObject().Select(error => error.Key));
    }

    [StoreFact]
    public async Task lead_list_refuses_an_unknown_sort_naming_sort()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        await AssertInvalidQuery(app.Admin(), "/api/leads?sort=name", "sort");
        await AssertInvalidQuery(app.Admin(), "/api/leads/export.csv?sort=Score", "sort");
    }

    [StoreFact]
    public async Task lead_list_refuses_created_bounds_that_are_not_instants_naming_the_bound()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        foreach (var bad in new[] { "yesterday", "2026-12-05", "2026-12-05T09:00:00", "2026-13-05T09:00:00Z", "" })
        {
            await AssertInvalidQuery(app.Admin(), "/api/leads?createdFrom=" + Uri.EscapeDataString(bad), "createdFrom");
            await AssertInvalidQuery(app.Admin(), "/api/leads/export.csv?createdTo=" + Uri.EscapeDataString(bad), "createdTo");
        }
    }

    [StoreFact]
    public async Task lead_list_refuses_created_to_before_created_from_naming_createdTo()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);

        await AssertInvalidQuery(app.Admin(), "/api/leads?createdFrom=2026-12-05T09:00:00Z&createdTo=2026-12-05T17:59:59%2B09:00", "createdTo");
        await AssertInvalidQuery(app.Admin(), "/api/leads/export.csv?createdFrom=2026-12-05T09:00:00Z&createdTo=2026-12-04T09:00:00Z", "createdTo");
    }

    [StoreFact]
    public async Task lead_list_refuses_a_cursor_of_another_sort_or_filter_naming_cursor()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        for (var i = 0; i < 3; i++) await app.Admin().PostJson("/api/leads", $$"""{"email":"g{{i}}@example.jp","source":"web"}""");
        var cursor = (await (await app.Admin().GetAsync("/api/leads?limit=1&source=web")).Json()).Str("nextCursor");
        Assert.NotNull(cursor);

        Assert.Single(await ListedIds(app.Admin(), "limit=1&source=web&cursor=" + cursor));
        await AssertInvalidQuery(app.Admin(), "/api/leads?limit=1&source=web&sort=score&cursor=" + cursor, "cursor");
        await AssertInvalidQuery(app.Admin(), "/api/leads?limit=1&source=ads&cursor=" + cursor, "cursor");
        await AssertInvalidQuery(app.Admin(), "/api/leads?limit=1&cursor=" + cursor, "cursor");
        await AssertInvalidQuery(app.Admin(), "/api/leads?cursor=%E2%9C%93", "cursor");
    }

    [StoreFact]
    public async Task lead_list_filters_by_source_and_created_range()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin, clock: clock);
        var early = await CreatedId(app.Admin(), """{"email":"early@example.jp","source":"展示会"}""");
        clock.Advance(Duration.FromHours(1));
        var late = await CreatedId(app.Admin(), """{"email":"late@example.jp","source":"web"}""");

        Assert.Equal([early], await ListedIds(app.Admin(), "source=" + Uri.EscapeDataString("展示会")));
        Assert.Equal([late], await ListedIds(app.Admin(), "createdFrom=2026-12-07T10:30:00%2B09:00"));
        Assert.Equal([early], await ListedIds(app.Admin(), "createdFrom=2026-12-07T01:00:00Z&createdTo=2026-12-07T02:00:00Z"));
        Assert.Equal([early, late], await ListedIds(app.Admin(), "sort=created_asc"));
        Assert.Equal([late, early], await ListedIds(app.Admin(), "sort=score"));
    }

    [StoreFact]
    public async Task rep_key_grid_lists_only_its_own_leads_whatever_the_sort()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var first = await CreatedId(app.Admin(), """{"email":"one@example.jp"}""");   // r1
        await CreatedId(app.Admin(), """{"email":"two@example.jp"}""");               // r2
        var rep = await app.ClientFor("rep", "r1");

        Assert.Equal([first], await ListedIds(rep, "sort=score"));
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/api/leads?owner=r2&sort=created_asc")).StatusCode);
    }

    [StoreFact]
    public async Task csv_export_holds_every_matching_lead_in_utf8_with_a_bom_and_stable_columns()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        for (var i = 0; i < 3; i++)
            await app.Admin().PostJson("/api/leads", $$"""{"email":"k{{i}}@example.kr","firstName":"민지{{i}}","lastName":"김","company":"株式会社テック","source":"web","region":"서울","phone":"010-1234-567{{i}}"}""");
        await app.Admin().PostJson("/api/leads", """{"email":"other@example.de","source":"ads"}""");

        var answer = await app.Admin().GetAsync("/api/leads/export.csv?source=web&sort=created_asc");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/csv", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", answer.Content.Headers.ContentType?.CharSet);
        Assert.Equal("leads.csv", answer.Content.Headers.ContentDisposition?.FileName);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,createdAt,firstName,lastName,email,phone,company,source,region,owner,status,stage,score,grade", lines[0]);
        Assert.Equal(4, lines.Length);
        var row = lines[1].Split(',');
        Assert.Equal(["민지0", "김", "k0@example.kr", "010-1234-5670", "株式会社テック", "web", "서울", "r1", "assigned", "New", "0", ""], row[2..]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$", row[1]);
    }

    [StoreFact]
    public async Task csv_export_holds_more_leads_than_one_page()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var batch = "[" + string.Join(",", Enumerable.Range(0, 620).Select(i => $$"""{"email":"b{{i}}@example.jp"}""")) + "]";
        Assert.True((await app.Admin().PostJson("/api/leads/batch", batch)).IsSuccessStatusCode);

        var text = await (await app.Admin().GetAsync("/api/leads/export.csv")).Content.ReadAsStringAsync();

        var ids = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).ToList();
        Assert.Equal(620, ids.Distinct().Count());
        Assert.Equal(620, ids.Count);
    }

    [StoreFact]
    public async Task csv_export_of_a_rep_key_holds_only_its_own_leads()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var first = await CreatedId(app.Admin(), """{"email":"one@example.jp"}""");   // r1
        await CreatedId(app.Admin(), """{"email":"two@example.jp"}""");               // r2
        var rep = await app.ClientFor("rep", "r1");

        var lines = (await (await rep.GetAsync("/api/leads/export.csv")).Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([first], lines.Skip(1).Select(line => line.Split(',')[0]));
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/api/leads/export.csv?owner=r2")).StatusCode);
    }

    [StoreFact]
    public async Task csv_export_keeps_a_spreadsheet_from_running_a_value_as_a_formula()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        await app.Admin().PostJson("/api/leads", """{"email":"f@example.jp","company":"=HYPERLINK(\"http://evil.example\")"}""");

        var text = await (await app.Admin().GetAsync("/api/leads/export.csv")).Content.ReadAsStringAsync();

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", text);
    }
}
