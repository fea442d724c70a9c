using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Switchboard.Cli.Config;
using Switchboard.Engine.Lint;

namespace Switchboard.Cli.Lint;

/// <summary>
/// <c>switchboard lint [file] [--strict] [--json]</c>: lints a configuration file (as <c>config pull</c> writes it) or,
/// without one, the live configuration, through <c>POST /api/config/lint</c>. Exits 1 when a finding is an error (or,
/// with <c>--strict</c>, a warning) or the file is not a valid configuration, so a CI pipeline can gate on it.
/// </summary>
public static class LintCommand
{
    public const string Path = "/api/config/lint";

    public static Command Create(Output output)
    {
        var file = new Argument<FileInfo?>("file") { Description = "The configuration file to lint (as config pull wrote it); left out, the live configuration", Arity = ArgumentArity.ZeroOrOne };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too, not only on errors" };
        var json = new Option<bool>("--json") { Description = "Print the server's answer ({findings:[…]}) as it is, for scripts; the exit code is the same" };
        var connection = new ConfigCommand.Connection(ServerOptions.Server(), ServerOptions.Key("the manager or admin role"));
        var command = new Command("lint", "Lint a configuration: fields that do not exist, workflows that can never run, pools nobody can take leads from, … Exits 1 on errors (CI).")
        {
            file, strict, json, connection.Server, connection.Key,
        };
        command.SetAction(ConfigCommand.Guarded(output.Errors, connection, async (client, parsed, ct) =>
        {
            var body = "{}";
            if (parsed.GetValue(file) is { } path)
            {
                var unreadable = JsonFile.Read(path, out var document) ?? (document is JsonObject ? null : $"{path.Name}: a configuration is one JSON object");
                if (unreadable is not null)
                {
                    output.Errors.MarkupLineInterpolated($"[red]error:[/] {unreadable}");
                    return ExitCodes.BadUsage;
                }
                body = new JsonObject { ["config"] = document }.ToJsonString();
            }
            var answer = await client.AskAsync(HttpMethod.Post, Path, body, ct);
            if (parsed.GetValue(json)) await output.CopyAsync(answer, ct);
            if (!answer.IsSuccess) return output.Refused(answer, Path, invalid: ExitCodes.Failed);
            var findings = ConfigClient.Findings(answer.Body);
            if (!parsed.GetValue(json)) Show(output.Console, findings, parsed.GetValue(file)?.Name ?? "the live configuration");
            var failing = findings.Any(f => f.IsError || (parsed.GetValue(strict) && f.Severity == LintSeverity.Warning));
            return failing ? ExitCodes.Failed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The findings table, then one summary line: <c>routing.json: 1 error, 2 warnings, 0 info</c>.</summary>
    public static void Show(IAnsiConsole console, IReadOnlyList<LintFinding> findings, string name)
    {
        ConfigPush.ShowFindings(console, [.. findings.OrderBy(f => LintSeverity.Rank(f.Severity))]);
        int Count(string severity) => findings.Count(f => f.Severity == severity);
        var (errors, warnings, infos) = (Count(LintSeverity.Error), Count(LintSeverity.Warning), Count(LintSeverity.Info));
        var verdict = errors > 0 ? "[red]errors[/]" : warnings > 0 ? "[yellow]warnings[/]" : "[green]clean[/]";
        console.MarkupLine($"{Markup.Escape(name)}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}, {infos} info: {verdict}");
    }
}
