using System.Text.Json.Nodes;
using Spectre.Console;
using Switchboard.Engine.Config;
using Switchboard.Engine.Json;

namespace Switchboard.Cli.Config;

/// <summary>A configuration diff for people: one line per difference, <c>+</c> added, <c>-</c> removed, <c>~</c> changed (before → after), <c>↕</c> reordered.</summary>
public static class DiffView
{
    private const int LongestValue = 120;

    public static void Show(IAnsiConsole console, ConfigDiff diff, string from, string to)
    {
        var summary = diff.Summary;
        console.MarkupLineInterpolated($"[bold]{from} → {to}[/]: {summary.Added} added, {summary.Removed} removed, {summary.Changed} changed, {summary.Reordered} reordered");
        if (diff.Changes.Count == 0) console.MarkupLine("  no differences");
        foreach (var change in diff.Changes) console.MarkupLine("  " + Line(change));
    }

    /// <summary>One difference as a line of markup.</summary>
    public static string Line(ConfigDifference change)
    {
        var path = Markup.Escape(change.Path);
        if (change.Secret == true) return $"[yellow]~[/] {path}: {change.Kind} [dim](secret, not shown)[/]";
        return change.Kind switch
        {
            DifferenceKinds.Added => $"[green]+ {path}[/]  {Value(change.After)}",
            DifferenceKinds.Removed => $"[red]- {path}[/]  {Value(change.Before)}",
            DifferenceKinds.Reordered => $"[blue]↕ {path}[/]: order {Value(change.Before)} → {Value(change.After)}",
            _ => $"[yellow]~[/] {path}: {Value(change.Before)} → {Value(change.After)}",
        };
    }

    private static string Value(JsonNode? value)
    {
        var text = value?.ToJsonString(EngineJson.Options) ?? "null";
        return Markup.Escape(text.Length > LongestValue ? text[..(LongestValue - 1)] + "…" : text);
    }
}
