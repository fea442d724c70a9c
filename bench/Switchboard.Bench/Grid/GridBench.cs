using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Bench.Intake;
using Switchboard.Application.Operations;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Bench.Grid;

/// <summary>
/// grid: seeds N leads (<see cref="GridSeed"/>) into a fresh SQLite file or a throwaway PostgreSQL database, then times in
/// process what the console's leads grid and home page cost the server: the store call plus shaping the answer as the API's
/// JSON bytes. Each case runs a few times untimed, then --repeat times; p50 and p95 against the issue's targets.
/// </summary>
public static class GridBench
{
    public const string Description =
        "leads grid and home figures over N seeded leads, server time in process: grid [--postgres] [--leads 1000000] [--repeat 30]";

    private const double GridTargetMs = 150, HomeTargetMs = 300;
    private const int Warmup = 3, PageSize = 50;

    public static Task<int> RunAsync(string[] args) => SeededStoreBench.RunAsync("grid", args, repeat: 30, GridSeed.SeedAsync, MeasureAsync);

    private static async Task<bool> MeasureAsync(SeededStoreBench.Seeded seeded)
    {
        var (store, now, repeat) = (seeded.Store, seeded.Now, seeded.Repeat);
        Console.WriteLine($"grid {store.Dialect}: seeded {Figures.N(seeded.Leads)} leads in {seeded.SeedTime.TotalSeconds:0} s; {repeat} timed calls per case after {Warmup} untimed");

        var deep = await CursorOfPageAsync(store, new LeadQuery { Limit = PageSize }, 50);
        var deepByScore = await CursorOfPageAsync(store, new LeadQuery { Limit = PageSize, Sort = LeadSort.Score }, 50);
        var filtered = new LeadQuery
        {
            Owner = GridSeed.Rep(7), Status = "assigned", CreatedFrom = now - Duration.FromDays(90), CreatedTo = now - Duration.FromDays(30), Limit = PageSize,
        };
        var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
        var met = true;
        met &= await CaseAsync("grid, first page", GridTargetMs, repeat, () => PageBytesAsync(store, new LeadQuery { Limit = PageSize }));
        met &= await CaseAsync("grid, page 50 (cursor)", GridTargetMs, repeat, () => PageBytesAsync(store, new LeadQuery { Limit = PageSize, Cursor = deep }));
        met &= await CaseAsync("grid, owner+status+created range", GridTargetMs, repeat, () => PageBytesAsync(store, filtered));
        met &= await CaseAsync("grid, sorted by score", GridTargetMs, repeat, () => PageBytesAsync(store, new LeadQuery { Limit = PageSize, Sort = LeadSort.Score }));
        met &= await CaseAsync("grid, by score, page 50", GridTargetMs, repeat,
            () => PageBytesAsync(store, new LeadQuery { Limit = PageSize, Sort = LeadSort.Score, Cursor = deepByScore }));
        met &= await CaseAsync("home figures (Asia/Seoul)", HomeTargetMs, repeat, async () =>
        {
            var window = HomeWindow.In(seoul, SystemClock.Instance.GetCurrentInstant());
            return JsonSerializer.SerializeToUtf8Bytes(DashboardView.From(seoul, window, await store.GetHomeFiguresAsync(window)), JsonSerializerOptions.Web).Length;
        });
        return met;
    }

    /// <summary>The cursor that opens page <paramref name="page"/> (1-based), following every cursor before it.</summary>
    private static async Task<string> CursorOfPageAsync(ISwitchboardStore store, LeadQuery query, int page)
    {
        string? cursor = null;
        for (var i = 1; i < page; i++) cursor = (await store.ListLeadsAsync(query with { Cursor = cursor })).NextCursor;
        return cursor ?? throw new InvalidOperationException($"fewer than {page} pages");
    }

    /// <summary>One page as GET /api/leads answers it: the store call and the JSON bytes; returns their length.</summary>
    private static async Task<int> PageBytesAsync(ISwitchboardStore store, LeadQuery query)
    {
        var page = await store.ListLeadsAsync(query);
        if (page.Items.Count == 0) throw new InvalidOperationException("an empty page measures nothing");
        return JsonSerializer.SerializeToUtf8Bytes(new Page<JsonObject>([.. page.Items.Select(lead => LeadJson.Write(lead))], page.NextCursor), JsonSerializerOptions.Web).Length;
    }

    private static async Task<bool> CaseAsync(string name, double targetMs, int repeat, Func<Task<int>> call)
    {
        var (times, bytes) = await SeededStoreBench.TimeAsync(Warmup, repeat, call);
        var summary = LatencySummary.From(times);
        var p95 = times.Order().ElementAt(Math.Clamp((int)Math.Ceiling(0.95 * times.Count) - 1, 0, times.Count - 1));
        var met = p95 <= targetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-34} p50 {Figures.Ms(summary.P50),9}  p95 {Figures.Ms(p95),9}  max {Figures.Ms(summary.Max),9}  {bytes,7} B  target ≤ {targetMs:0} ms: {(met ? "met" : "NOT met")}"));
        return met;
    }
}
