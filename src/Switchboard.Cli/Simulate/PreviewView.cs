using System.Text.Json.Nodes;
using Spectre.Console;
using static Switchboard.Cli.Nodes;

namespace Switchboard.Cli.Simulate;

/// <summary>
/// A preview for people: per lead its owner, status and pool, then the trace: every workflow of each trigger in order,
/// matched or not, and for one that did not match the check that failed with the lead's value.
/// </summary>
public static class PreviewView
{
    /// <param name="answer">The answer of <c>POST /api/simulate {leads}</c>.</param>
    /// <param name="leads">The leads as sent, to name each one (email, name or external id).</param>
    public static void Show(IAnsiConsole console, JsonObject answer, JsonArray leads)
    {
        var under = answer["draft"]?.GetValue<bool>() == true ? "the draft configuration" : $"live version {answer["configVersion"]}";
        console.MarkupLineInterpolated($"[bold]Preview under {under}[/] at {Text(answer["at"])}: nothing was written");
        foreach (var lead in answer["leads"] as JsonArray ?? [])
        {
            var index = lead?["index"]?.GetValue<int>() ?? 0;
            console.Write(new Rule(Markup.Escape($"lead {index + 1}: {Name(index < leads.Count ? leads[index] : null)}")).LeftJustified());
            var owner = lead?["ownerId"] is null ? "[yellow]nobody[/]" : Markup.Escape($"{Text(lead["ownerId"])} ({Text(lead["ownerName"])})");
            console.MarkupLine($"owner: {owner}   status: {Markup.Escape(Text(lead?["status"]))}   pool: {Markup.Escape(Text(lead?["poolId"]))}");
            console.Write(Trace(console, lead?["trace"] as JsonArray ?? []));
        }
    }

    private static Table Trace(IAnsiConsole console, JsonArray triggers)
    {
        var table = Tables.New(console).AddColumn("Trigger").AddColumn(new TableColumn("Priority").RightAligned()).AddColumn("Workflow").AddColumn("Verdict").AddColumn("Why not");
        foreach (var trigger in triggers)
            foreach (var workflow in trigger?["workflows"] as JsonArray ?? [])
            {
                var name = Text(workflow?["workflowId"]) + (workflow?["name"] is { } n ? $" ({n})" : "");
                table.AddRow(Markup.Escape(Text(trigger?["trigger"])), Markup.Escape(Text(workflow?["priority"])), Markup.Escape(name),
                    Verdict(workflow), Markup.Escape(workflow?["failed"]?["text"]?.ToString() ?? ""));
            }
        return table;
    }

    private static string Verdict(JsonNode? workflow) => workflow?["status"]?.ToString() switch
    {
        "matched" => workflow["stoppedHere"]?.GetValue<bool>() == true ? "[green]matched[/] (stopped here)" : "[green]matched[/]",
        "not_matched" => "[red]not matched[/]",
        "not_reached" => "[grey]not reached[/]",
        var other => Markup.Escape(other?.Replace('_', ' ') ?? ""),
    };

    private static string Name(JsonNode? lead) =>
        new[] { "email", "name", "externalId", "phone" }.Select(key => lead?[key]?.ToString()).FirstOrDefault(v => v is { Length: > 0 }) ?? "(no email or name)";
}
