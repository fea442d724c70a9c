using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Reports;

/// <summary>The distribution report: per pool, each rep's assigned, expected and deviation, skips by reason, and the spread.</summary>
public static class DistributionView
{
    public static void Show(IAnsiConsole console, JsonObject report)
    {
        var pools = Items(report["pools"]).ToList();
        if (pools.Count == 0) console.MarkupLine("No pool assigned a lead in this period.");
        foreach (var pool in pools)
        {
            var reps = Items(pool["reps"]).ToList();
            var max = reps.Select(r => Math.Max(Number(r["assigned"]), Number(r["expected"]))).DefaultIfEmpty(0).Max();
            var table = Tables.New(console, $"Pool {Text(pool["poolId"])}: {Count(pool["assigned"]):N0} assigned, spread {Tables.Number(Maybe(pool["spread"]), "0.####")}")
                .Columns("Rep", "Assigned", "Expected", "Deviation", "Eligible").AddColumn("Skipped").AddColumn("Assigned");
            foreach (var rep in reps)
            {
                var deviation = Number(rep["deviation"]);
                var colour = Math.Abs(deviation) >= 1 ? (deviation > 0 ? "yellow" : "red") : "default";
                var skipped = string.Join(", ", (rep["skipped"] as JsonObject ?? []).Select(s => $"{s.Key} {s.Value}"));
                table.AddRow(Markup.Escape(Text(rep["repId"])), $"{Count(rep["assigned"]):N0}", Tables.Number(Number(rep["expected"]), "0.##"),
                    $"[{colour}]{deviation.ToString("+0.##;-0.##;0", System.Globalization.CultureInfo.InvariantCulture)}[/]",
                    $"{Count(rep["eligible"]):N0}", Markup.Escape(skipped), Tables.Bar(console, Number(rep["assigned"]), max));
            }
            console.Show(table);
        }
        if (report["explanation"] is { } how) console.MarkupLineInterpolated($"[dim]{how.ToString()}[/]");
    }
}
