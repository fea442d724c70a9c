using System.CommandLine;
using System.Text;
using Switchboard.Cli.Lint;
using Switchboard.Cli.Reports;
using Switchboard.Cli.Simulate;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests;

/// <summary>What one run of <c>switchboard</c> did: its exit code, what people read (and errors), and what it wrote for scripts.</summary>
public sealed record CliRun(int Exit, string Output, byte[] RawBytes)
{
    /// <summary>What <c>--json</c> or <c>--csv</c> wrote, as text (a byte order mark dropped).</summary>
    public string Raw => Encoding.UTF8.GetString(RawBytes).TrimStart('\uFEFF');

    /// <summary>The cells of the table row whose first cell is <paramref name="first"/> (tables print as Markdown off a terminal).</summary>
    public string[] Row(string first, int skip = 0) => Output.Split('\n')
        .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
        .Where(cells => cells[0] == first).Skip(skip).FirstOrDefault() ?? throw new Xunit.Sdk.XunitException($"no row starting {first} in:\n{Output}");
}

/// <summary>Runs the lint, simulate and report commands as a user would, against a server.</summary>
public static class Cli
{
    public static async Task<CliRun> RunAsync(Uri server, params string[] args)
    {
        var (console, output) = CsvFiles.Console();
        using var raw = new MemoryStream();
        var outputs = new Output(console, raw, console);
        var root = new RootCommand
        {
            LintCommand.Create(outputs), SimulateCommand.Create(outputs, TimeSpan.FromMilliseconds(10)), ReportCommand.Create(outputs),
        };
        string[] connection = args.Contains("--key") ? ["--server", server.ToString()] : ["--server", server.ToString(), "--key", SwitchboardApp.AdminKey];
        var exit = await Usage.InvokeAsync(root.Parse([.. args, .. connection]));
        return new CliRun(exit, output.ToString(), raw.ToArray());
    }
}
