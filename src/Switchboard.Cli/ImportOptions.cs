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
