using System.CommandLine;
using Spectre.Console;
using Switchboard.Engine.Config;

namespace Switchboard.Cli.Config;

/// <summary>
/// <c>switchboard config pull|diff|push|versions</c>: the configuration as code. <c>pull</c> writes the live document
/// (with its version) to standard output; <c>diff</c> compares a file with the live configuration; <c>push</c> shows
/// that diff and publishes the file (<see cref="ConfigPush"/>); <c>versions</c> lists the history.
/// </summary>
public static class ConfigCommand
{
    public const string DefaultFile = "routing.json";

    /// <param name="console">Where people read: diffs, tables, questions.</param>
    /// <param name="document">Where <c>pull</c> writes the document (standard output, so it can be redirected to a file).</param>
    /// <param name="errors">Where <c>pull</c> reports a failure (standard error, so it never ends up in the file).</param>
    public static Command Create(IAnsiConsole console, TextWriter document, IAnsiConsole errors)
    {
        var server = ServerOptions.Server();
        var key = ServerOptions.Key("the manager or admin role");
        server.Recursive = key.Recursive = true;
        var command = new Command("config", "Configuration as code: pull the live configuration into a file, compare and push it back, list the versions.")
        {
            server, key,
        };
        var connection = new Connection(server, key);
        command.Subcommands.Add(Pull(connection, document, errors));
        command.Subcommands.Add(Diff(connection, console));
        command.Subcommands.Add(ConfigPush.Create(connection, console));
        command.Subcommands.Add(Versions(connection, console));
        return command;
    }

    private static Command Pull(Connection connection, TextWriter document, IAnsiConsole errors)
    {
        var pull = new Command("pull", "Write the live configuration, with its version, to standard output: switchboard config pull > routing.json");
        pull.SetAction(Guarded(errors, connection, async (client, _, ct) =>
        {
            await document.WriteAsync(ConfigFile.Format(await client.LiveDocumentAsync(ct)));
            await document.FlushAsync(ct);
            return ExitCodes.Ok;
        }));
        return pull;
    }

    private static Command Diff(Connection connection, IAnsiConsole console)
    {
        var file = FileArgument("The configuration file to compare with the live one", DefaultFile);
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the file differs from the live configuration (as git diff --exit-code)" };
        var diff = new Command("diff", "Show what a push of the file would change in the live configuration: added, removed, changed (before → after).")
        {
            file, exitCode,
        };
        diff.SetAction(Guarded(console, connection, async (client, parsed, ct) =>
        {
            var local = ConfigFile.Read(parsed.GetValue(file)!.FullName);
            var live = ConfigClient.Parse(await client.LiveDocumentAsync(ct));
            var changes = ConfigDiff.Between(live, local.Config);
            DiffView.Show(console, changes, $"live version {live.Version}", local.Name);
            if (local.HasVersion && local.Config.Version != live.Version)
                console.MarkupLineInterpolated($"[yellow]note:[/] {local.Name} is based on version {local.Config.Version}, the server is at version {live.Version}: a push would be refused; pull again and reapply your change");
            return parsed.GetValue(exitCode) && changes.Changes.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        }));
        return diff;
    }

    private static Command Versions(Connection connection, IAnsiConsole console)
    {
        var versions = new Command("versions", "List the configuration's versions, newest first: when, who, and the change note.");
        versions.SetAction(Guarded(console, connection, async (client, _, ct) =>
        {
            var table = new Table().AddColumn(new TableColumn("Version").RightAligned()).AddColumn("Saved at").AddColumn("Author").AddColumn("Note");
            foreach (var entry in await client.VersionsAsync(ct))
                table.AddRow($"{entry.Version}", Markup.Escape(entry.CreatedAt ?? ""), Markup.Escape(entry.Author ?? ""), Markup.Escape(entry.Note ?? ""));
            console.Write(table);
            return ExitCodes.Ok;
        }));
        return versions;
    }

    public static Argument<FileInfo> FileArgument(string description, string? defaultName = null)
    {
        var file = new Argument<FileInfo>("file") { Description = description };
        if (defaultName is not null)
        {
            file.Arity = ArgumentArity.ZeroOrOne;
            file.DefaultValueFactory = _ => new FileInfo(defaultName);
        }
        return file.AcceptExistingOnly();
    }

    /// <summary>Runs a command with a client for <c>--server</c> and <c>--key</c>; a failure it names is said on <paramref name="console"/> and exits with its code (1, or 4 for a refused key).</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guarded(IAnsiConsole console, Connection connection,
        Func<ConfigClient, ParseResult, CancellationToken, Task<int>> run) => async (parsed, ct) =>
    {
        if (ServerOptions.Address(parsed, connection.Server, console) is not { } address) return ExitCodes.Failed;
        using var client = ConfigClient.For(address, ServerOptions.KeyOf(parsed, connection.Key));
        try
        {
            return await run(client, parsed, ct);
        }
        catch (ConfigCommandException error)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return error.Exit;
        }
    };

    /// <summary>The <c>--server</c> and <c>--key</c> options of the <c>config</c> command, which its subcommands share.</summary>
    public sealed record Connection(Option<string> Server, Option<string?> Key);
}
