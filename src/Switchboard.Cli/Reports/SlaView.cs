using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Reports;

/// <summary>The SLA report: the totals, then breaches, reassignments, escalations and breach rate by rep and by pool.</summary>
public static class SlaView
{
    public static void Show(IAnsiConsole console, JsonObject report)
    {
        var total = report["total"];
        console.MarkupLineInterpolated($"{Count(total?["assignments"]):N0} assignments, {Count(total?["breaches"]):N0} breaches ({Tables.Percent(Maybe(total?["breachRate"]))}), {Count(total?["reassignments"]):N0} reassignments, {Count(total?["escalations"]):N0} escalations");
        console.Show(Figures(console, "By rep", "Rep", "repId", report["byRep"]));
        console.Show(Figures(console, "By pool", "Pool", "poolId", report["byPool"]));
    }

    private static Table Figures(IAnsiConsole console, string title, string column, string key, JsonNode? rows)
    {
        var table = Tables.New(console, title).Columns(column, "Assignments", "Breaches", "Reassignments", "Escalations", "Breach rate").AddColumn("Breach rate");
        foreach (var row in Items(rows))
            table.AddRow(Markup.Escape(Text(row[key])), $"{Count(row["assignments"]):N0}", $"{Count(row["breaches"]):N0}", $"{Count(row["reassignments"]):N0}",
                $"{Count(row["escalations"]):N0}", Tables.Percent(Maybe(row["breachRate"])), Tables.Bar(console, Number(row["breachRate"]), 1, "red"));
        return table;
    }
}
