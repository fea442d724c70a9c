using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Reports;

/// <summary>The funnel: leads by stage with the conversion to the next, deals by pipeline stage, won and lost by source and campaign, ROI.</summary>
public static class FunnelView
{
    public static void Show(IAnsiConsole console, JsonObject report)
    {
        var stages = Items(report["stages"]).ToList();
        var conversions = Items(report["conversions"]).ToDictionary(c => Text(c["from"]), c => Maybe(c["rate"]), StringComparer.Ordinal);
        var most = stages.Select(s => Number(s["leads"])).DefaultIfEmpty(0).Max();
        var table = Tables.New(console, "Leads by stage").Columns("Stage", "Leads", "To next stage").AddColumn("Leads");
        foreach (var stage in stages)
        {
            var name = Text(stage["stage"]);
            table.AddRow(Markup.Escape(name), $"{Count(stage["leads"]):N0}", conversions.TryGetValue(name, out var rate) ? Tables.Percent(rate) : "",
                Tables.Bar(console, Number(stage["leads"]), most));
        }
        console.Show(table);

        var deals = Tables.New(console, "Deals by stage").Columns("Pipeline").Columns("Stage", "Deals", "Amount");
        foreach (var deal in Items(report["deals"]))
            deals.AddRow(Markup.Escape(Text(deal["pipeline"])), Markup.Escape(Text(deal["stage"])), $"{Count(deal["count"]):N0}", Tables.Number(Maybe(deal["amount"]), "N2"));
        console.Show(deals);

        console.Show(Outcomes(console, "Won and lost by source", "Source", Items(report["bySource"]), campaigns: false));
        console.Show(Outcomes(console, "Won and lost by campaign", "Campaign", Items(report["byCampaign"]), campaigns: true));
    }

    private static Table Outcomes(IAnsiConsole console, string title, string column, IEnumerable<JsonObject> rows, bool campaigns)
    {
        var list = rows.ToList();
        var most = list.Select(r => Number(r["wonAmount"])).DefaultIfEmpty(0).Max();
        var table = Tables.New(console, title).Columns(column, "Won", "Won amount", "Lost", "Lost amount");
        if (campaigns) table.Numbers("Cost", "ROI");
        table.AddColumn("Won amount");
        foreach (var row in list)
        {
            var name = campaigns && row["name"] is { } called ? $"{called} ({Text(row["campaignId"])})" : Text(row["name"] ?? row["campaignId"]);
            string[] cells = [Markup.Escape(name), $"{Count(row["won"]):N0}", Tables.Number(Maybe(row["wonAmount"]), "N2"), $"{Count(row["lost"]):N0}", Tables.Number(Maybe(row["lostAmount"]), "N2")];
            if (campaigns) cells = [.. cells, Tables.Number(Maybe(row["cost"]), "N2"), Tables.Percent(Maybe(row["roi"]))];
            table.AddRow([.. cells, Tables.Bar(console, Number(row["wonAmount"]), most)]);
        }
        return table;
    }
}
