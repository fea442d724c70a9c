namespace Switchboard.Bench;

/// <summary>One subcommand of the bench tool: its name, a one-line usage, and what it runs (returns the exit code).</summary>
internal sealed record BenchCommand(string Name, string Description, Func<BenchArgs, int> Run);
