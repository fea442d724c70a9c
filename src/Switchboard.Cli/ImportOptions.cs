namespace Switchboard.Cli;

/// <summary>What <c>switchboard import</c> was asked to do.</summary>
public sealed record ImportOptions
{
    public const int MaxChunk = 10_000;

    public required string File { get; init; }
    /// <summary><c>--map</c> values: <c>field=Header</c> pairs, comma-separated.</summary>
    public IReadOnlyList<string> Maps { get; init; } = [];
    public Uri Server { get; init; } = new("http://localhost:5000");
    public string? Key { get; init; }
    public string Encoding { get; init; } = FileEncoding.Auto;
    public string? Delimiter { get; init; }
    /// <summary>Columns neither mapped nor named like a standard field go to fields.&lt;header&gt; (true) or are dropped.</summary>
    public bool KeepUnmapped { get; init; } = true;
    /// <summary>Leads per request (the server takes at most 10,000).</summary>
    public int ChunkSize { get; init; } = 2_000;
    /// <summary>Requests in flight at once.</summary>
    public int InFlight { get; init; } = 3;
    public bool DryRun { get; init; }
    /// <summary>The live progress bar (off for tests and benchmarks).</summary>
    public bool ShowProgress { get; init; } = true;
}

/// <summary>The exit codes of <c>switchboard</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every row was imported (or, with --dry-run, would be sent).</summary>
    public const int Ok = 0;
    /// <summary>Not done: the import could not be done or finished (unreadable file, bad mapping, server unreachable or refusing), a push refused.</summary>
    public const int Failed = 1;
    /// <summary>The command line itself is wrong: an unknown option, a missing argument, a file that does not exist.</summary>
    public const int BadUsage = 2;
    /// <summary>The import finished, but the server (or, with --dry-run, the local check) rejected some rows.</summary>
    public const int SomeRejected = 3;
}
