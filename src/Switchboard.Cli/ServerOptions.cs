using System.CommandLine;
using Spectre.Console;

namespace Switchboard.Cli;

/// <summary>The <c>--server</c> and <c>--key</c> options every command that talks to a server takes.</summary>
public static class ServerOptions
{
    public const string DefaultServer = "http://localhost:5000";

    public static Option<string> Server() => new("--server")
    {
        Description = "The Switchboard server (the default comes from $SWITCHBOARD_URL when set)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SWITCHBOARD_URL") is { Length: > 0 } url ? url : DefaultServer,
    };

    /// <param name="roles">Which keys the command needs, as said in its help ("the intake, manager or admin role").</param>
    /// <remarks>No default value: help would print it, and the key is a secret; <see cref="KeyOf"/> falls back to $SWITCHBOARD_KEY.</remarks>
    public static Option<string?> Key(string roles) => new("--key") { Description = $"An API key with {roles} [default: $SWITCHBOARD_KEY]" };

    /// <summary>The key given with <c>--key</c>, else $SWITCHBOARD_KEY.</summary>
    public static string? KeyOf(ParseResult parsed, Option<string?> key) =>
        parsed.GetValue(key) ?? Environment.GetEnvironmentVariable("SWITCHBOARD_KEY");

    /// <summary>The server's address, or null after saying that <c>--server</c> is no absolute URL.</summary>
    public static Uri? Address(ParseResult parsed, Option<string> server, IAnsiConsole console)
    {
        if (Uri.TryCreate(parsed.GetValue(server), UriKind.Absolute, out var address)) return address;
        console.MarkupLineInterpolated($"[red]error:[/] --server needs an absolute URL such as {DefaultServer}");
        return null;
    }
}
