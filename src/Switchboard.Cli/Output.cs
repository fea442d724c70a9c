using Spectre.Console;
using Switchboard.Cli.Config;

namespace Switchboard.Cli;

/// <summary>
/// Where a command writes: people read <see cref="Console"/> (tables, bars, summaries); <c>--json</c> and <c>--csv</c>
/// copy the server's answer to <see cref="Raw"/> byte for byte, for scripts; failures go to <see cref="Errors"/> so they
/// never end up in a redirected file.
/// </summary>
public sealed record Output(IAnsiConsole Console, Stream Raw, IAnsiConsole Errors)
{
    /// <summary>Wide enough that a piped table keeps each row on one line.</summary>
    public const int PipedWidth = 250;

    /// <summary>
    /// Standard output and standard error. Standard output redirected (to a file, to grep) gets plain text: no colours,
    /// Markdown tables (<see cref="Tables"/>), one line per row.
    /// </summary>
    public static Output Standard() => new(Redirected() ?? AnsiConsole.Console, System.Console.OpenStandardOutput(),
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }));

    private static IAnsiConsole? Redirected()
    {
        if (!System.Console.IsOutputRedirected) return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        console.Profile.Width = PipedWidth;
        return console;
    }

    /// <summary>Writes the answer's body as the server sent it.</summary>
    public async Task CopyAsync(ServerAnswer answer, CancellationToken ct)
    {
        await Raw.WriteAsync(answer.Bytes, ct);
        if (answer.Bytes.Length > 0 && answer.Bytes[^1] != (byte)'\n') Raw.WriteByte((byte)'\n');
        await Raw.FlushAsync(ct);
    }

    /// <summary>
    /// A refusal said in words, with its exit code: 400 prints the problem's errors by field path and exits with
    /// <paramref name="invalid"/>; 401 and 403 exit <see cref="ExitCodes.KeyRefused"/>; anything else <see cref="ExitCodes.Failed"/>.
    /// </summary>
    public int Refused(ServerAnswer answer, string path, int invalid = ExitCodes.BadUsage)
    {
        if (answer.Status == System.Net.HttpStatusCode.BadRequest && answer.Body is { } problem)
        {
            Errors.MarkupLineInterpolated($"[red]refused:[/] {problem["title"]?.ToString() ?? "the request is invalid"}");
            ProblemErrors(Errors, problem);
            return invalid;
        }
        Errors.MarkupLineInterpolated($"[red]error:[/] {ConfigClient.Refusal(new Uri(path, UriKind.Relative), answer.Status, answer.Body)}");
        return ExitCodes.Of(answer.Status);
    }

    /// <summary>A problem's <c>errors</c>, one line per message: <c>  replay.from: must be a date</c>.</summary>
    public static void ProblemErrors(IAnsiConsole console, System.Text.Json.Nodes.JsonObject problem)
    {
        if (problem["errors"] is not System.Text.Json.Nodes.JsonObject errors) return;
        foreach (var (path, messages) in errors)
            foreach (var message in messages as System.Text.Json.Nodes.JsonArray ?? [])
                console.MarkupLineInterpolated($"  [red]{path}[/]: {message?.ToString()}");
    }
}
