using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Simulate;

/// <summary>
/// A finished replay for people: leads per rep as they really went and under the draft (with the change and a bar),
/// the summary (owners changed, unassigned, queued, the fairness spread per pool) and a few changed leads.
/// </summary>
public static class ReplayView
{
    public const int ChangedShown = 10;

    public static void Show(IAnsiConsole console, JsonObject result)
    {
        var leads = Count(result["leads"]);
        console.MarkupLineInterpolated($"[bold]Replay of {leads:N0} leads[/] created {Text(result["from"])} → {Text(result["to"])} under {Under(result)}: nothing was written");
        console.Write(Reps(console, result["reps"] as JsonArray ?? []));
        var changed = Count(result["ownersChanged"]);
        console.MarkupLineInterpolated($"owners changed: {changed:N0}{(leads > 0 ? $" ({Tables.Percent((double)changed / leads)})" : "")}   unassigned: {Count(result["unassigned"]):N0}   queued: {Count(result["queued"]):N0}");
        var pools = Items(result["pools"]).ToList();
        if (pools.Count > 0)
            console.MarkupLine("spread per pool: " + string.Join("   ", pools.Select(p =>
                Markup.Escape($"{Text(p["name"] ?? p["poolId"])} {Text(p["spread"])}"))));
        var sample = Items(result["changed"]).ToList();
        if (sample.Count == 0) return;
        var table = Tables.New(console, $"Changed leads (first {Math.Min(ChangedShown, sample.Count)} of {Math.Max(changed, sample.Count):N0})")
            .AddColumn("Lead").AddColumn("Really").AddColumn("Under the draft");
        foreach (var lead in sample.Take(ChangedShown))
            table.AddRow(Markup.Escape(Text(lead["leadId"])), Markup.Escape(Outcome(lead["real"])), Markup.Escape(Outcome(lead["draft"])));
        console.Write(table);
    }

    private static Table Reps(IAnsiConsole console, JsonArray reps)
    {
        var rows = Items(reps).Select(r => (Name: Rep(r), Real: Count(r["real"]), Draft: Count(r["draft"])))
            .OrderByDescending(r => r.Draft).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var max = rows.Count == 0 ? 0 : rows.Max(r => Math.Max(r.Real, r.Draft));
        var table = Tables.New(console, "Leads per rep").Columns("Rep", "Real", "Draft", "Change").AddColumn("Draft");
        foreach (var (name, real, draft) in rows)
        {
            var change = draft - real;
            var shown = change > 0 ? $"[green]+{change:N0}[/]" : change < 0 ? $"[red]{change:N0}[/]" : "0";
            table.AddRow(Markup.Escape(name), $"{real:N0}", $"{draft:N0}", shown, Tables.Bar(console, draft, max));
        }
        return table;
    }

    private static string Under(JsonObject result) =>
        result["configVersion"] is JsonValue v && v.TryGetValue<int>(out var version) && version > 0 ? $"version {version}" : "the draft";

    private static string Rep(JsonObject rep) =>
        rep["name"] is { } name && rep["repId"] is { } id && name.ToString() != id.ToString() ? $"{name} ({id})" : Text(rep["repId"] ?? rep["name"]);

    /// <summary>A decision in a few words: its owner, else its status (unassigned, queued in a pool).</summary>
    private static string Outcome(JsonNode? decision) => decision switch
    {
        JsonObject { } d when d["ownerId"] is { } owner => owner.ToString(),
        JsonObject { } d => d["status"] is { } status ? status + (d["poolId"] is { } pool ? $" in {pool}" : "") : "nobody",
        _ => "–",
    };
}
