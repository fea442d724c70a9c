using System.CommandLine;
using System.Net;
using Spectre.Console;
using Switchboard.Engine.Config;
using Switchboard.Engine.Lint;

namespace Switchboard.Cli.Config;

/// <summary>
/// <c>switchboard config push routing.json --note "…" [--yes]</c>: shows the diff against the live configuration and
/// the lint findings, asks, and publishes the file as it is written. Refused when the server moved on since the
/// file's version (checked first, and again by the server: If-Match and the document's version, 412).
/// </summary>
public static class ConfigPush
{
    public static Command Create(ConfigCommand.Connection connection, IAnsiConsole console)
    {
        var file = ConfigCommand.FileArgument("The configuration file to publish (as config pull wrote it, then edited)");
        var note = new Option<string?>("--note", "-n") { Description = "Why: the change note kept with the new version" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Publish without asking (for scripts and CI)" };
        var push = new Command("push", "Publish a configuration file: shows the diff and lint findings, asks, then saves it as the newest version.")
        {
            file, note, yes,
        };
        push.SetAction(ConfigCommand.Guarded(console, connection, (client, parsed, ct) =>
            RunAsync(client, console, ConfigFile.Read(parsed.GetValue(file)!.FullName), parsed.GetValue(note), parsed.GetValue(yes), ct)));
        return push;
    }

    public static async Task<int> RunAsync(ConfigClient client, IAnsiConsole console, ConfigFile local, string? note, bool yes, CancellationToken ct)
    {
        var live = ConfigClient.Parse(await client.LiveDocumentAsync(ct));
        if (local.HasVersion && local.Config.Version != live.Version) return await MovedOnAsync(client, console, local, live.Version, ct);
        if (!local.HasVersion)
            console.MarkupLineInterpolated($"[yellow]note:[/] {local.Name} carries no version; it is compared with, and would replace, version {live.Version}");
        var diff = ConfigDiff.Between(live, local.Config);
        DiffView.Show(console, diff, $"live version {live.Version}", local.Name);
        if (diff.Changes.Count == 0)
        {
            console.MarkupLine("Nothing to publish: the file is the live configuration.");
            return ExitCodes.Ok;
        }
        var findings = await client.LintAsync(local.Text, ct) ?? [];
        ShowFindings(console, findings);
        if (findings.Any(f => f.IsError))
        {
            console.MarkupLine("[red]refused:[/] lint found errors; nothing was published");
            return ExitCodes.Failed;
        }
        if (!yes)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                console.MarkupLine("[red]error:[/] not asking on a terminal that cannot answer: pass --yes to publish without asking");
                return ExitCodes.BadUsage;
            }
            if (!await new ConfirmationPrompt($"Publish these {diff.Changes.Count} changes over version {live.Version}?") { DefaultValue = false }.ShowAsync(console, ct))
            {
                console.MarkupLine("Nothing was published.");
                return ExitCodes.Failed;
            }
        }
        return Published(console, await client.PutAsync(local.Text, live.Version, note, ct), local, live.Version);
    }

    private static int Published(IAnsiConsole console, ServerAnswer answer, ConfigFile local, int basedOn)
    {
        if (answer.Status == HttpStatusCode.OK)
        {
            console.MarkupLineInterpolated($"[green]published[/] version {answer.Body?["version"]?.ToJsonString() ?? "?"} (was {basedOn})");
            ShowFindings(console, ConfigClient.Findings(answer.Body));
            return ExitCodes.Ok;
        }
        if (answer.Status == HttpStatusCode.PreconditionFailed)
            console.MarkupLineInterpolated($"[red]refused:[/] the server moved on while you were deciding: version {basedOn} is no longer the newest, so nothing was published. Pull again, reapply your change to {local.Name}, and push.");
        else if (answer.Body?["errors"] is System.Text.Json.Nodes.JsonObject)
        {
            console.MarkupLineInterpolated($"[red]refused:[/] {answer.Body["title"]?.GetValue<string>() ?? "the configuration is invalid"}; nothing was published");
            Output.ProblemErrors(console, answer.Body);
            ShowFindings(console, ConfigClient.Findings(answer.Body));
        }
        else console.MarkupLineInterpolated($"[red]refused:[/] {ConfigClient.Refusal(new Uri("/api/config", UriKind.Relative), answer.Status, answer.Body)}");
        return ExitCodes.Failed;
    }

    /// <summary>The file is based on an older version: say which versions came since, by whom and why.</summary>
    private static async Task<int> MovedOnAsync(ConfigClient client, IAnsiConsole console, ConfigFile local, int liveVersion, CancellationToken ct)
    {
        console.MarkupLineInterpolated($"[red]refused:[/] the server moved on since {local.Name} was pulled: the file is based on version {local.Config.Version}, the server is at version {liveVersion}; nothing was published. Saved since:");
        foreach (var entry in (await client.VersionsAsync(ct)).Where(v => v.Version > local.Config.Version).OrderBy(v => v.Version))
            console.MarkupLineInterpolated($"  version {entry.Version}  {entry.CreatedAt}  {entry.Author ?? "?"}  {entry.Note ?? ""}");
        console.MarkupLineInterpolated($"Pull again (switchboard config pull > {local.Name}), reapply your change, and push; switchboard config diff shows what differs.");
        return ExitCodes.Failed;
    }

    /// <summary>The findings table (severity, path, message with its suggestion), as push and lint show it.</summary>
    public static void ShowFindings(IAnsiConsole console, IReadOnlyList<LintFinding> findings)
    {
        if (findings.Count == 0) return;
        var table = Tables.New(console).AddColumn("Severity").AddColumn("Path").AddColumn("Finding");
        foreach (var finding in findings)
        {
            var colour = finding.IsError ? "red" : finding.Severity == LintSeverity.Warning ? "yellow" : "blue";
            var text = finding.Message + (finding.Suggestion is { Length: > 0 } hint ? $" ({hint})" : "");
            table.AddRow($"[{colour}]{Markup.Escape(finding.Severity ?? "")}[/]", Markup.Escape(finding.Path ?? ""), Markup.Escape(text));
        }
        console.Write(table);
    }
}
