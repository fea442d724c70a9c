using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Reports;

/// <summary>The speed-to-lead report: created → assigned and assigned → first touch (p50, p90, p99, count) by rep, pool, source and day.</summary>
public static class SpeedToLeadView
{
    private static readonly (string Key, string Title, string Column)[] Groups =
        [("byRep", "By rep", "Rep"), ("byPool", "By pool", "Pool"), ("bySource", "By source", "Source"), ("byDay", "By day", "Day")];

    public static void Show(IAnsiConsole console, JsonObject report)
    {
        var all = report["overall"];
        console.MarkupLineInterpolated($"{Count(all?["leads"]):N0} leads; assigned → first touch p50 {Span(all?["assignedToFirstTouch"]?["p50Seconds"])}, p90 {Span(all?["assignedToFirstTouch"]?["p90Seconds"])}; untouched now: {Count(all?["untouched"]):N0}");
        var max = Groups.SelectMany(g => Items(report[g.Key])).Select(g => Number(g["assignedToFirstTouch"]?["p50Seconds"])).DefaultIfEmpty(0).Max();
        foreach (var (key, title, column) in Groups)
        {
            var table = Tables.New(console, title).Columns(column,
                "Leads", "Assigned p50", "Assigned p90", "Touched", "Touch p50", "Touch p90", "Touch p99", "Untouched").AddColumn("Touch p50");
            foreach (var group in Items(report[key]))
            {
                var (assigned, touch) = (group["createdToAssigned"], group["assignedToFirstTouch"]);
                table.AddRow(Markup.Escape(Text(group["key"])), $"{Count(group["leads"]):N0}", Span(assigned?["p50Seconds"]), Span(assigned?["p90Seconds"]),
                    $"{Count(touch?["count"]):N0}", Span(touch?["p50Seconds"]), Span(touch?["p90Seconds"]), Span(touch?["p99Seconds"]),
                    $"{Count(group["untouched"]):N0}", Tables.Bar(console, Number(touch?["p50Seconds"]), max, "blue"));
            }
            console.Show(table);
        }
    }

    /// <summary>Seconds in the largest units that say them: 45s, 2m 05s, 1h 30m, 3d 4h; – when there is no span.</summary>
    public static string Span(JsonNode? seconds)
    {
        if (Maybe(seconds) is not { } value) return "–";
        var time = TimeSpan.FromSeconds(value);
        return time.TotalMinutes < 1 ? value.ToString("0.#", CultureInfo.InvariantCulture) + "s"
            : time.TotalHours < 1 ? $"{(int)time.TotalMinutes}m {time.Seconds:00}s"
            : time.TotalDays < 1 ? $"{(int)time.TotalHours}h {time.Minutes:00}m"
            : $"{(int)time.TotalDays}d {time.Hours}h";
    }
}
