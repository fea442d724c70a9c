using System.Globalization;

namespace Switchboard.Bench.Intake;

/// <summary>Command-line options shared by the intake, ceiling and all benchmarks.</summary>
public sealed record IntakeOptions
{
    /// <summary>sqlite, postgres, or both (one after the other).</summary>
    public string Db { get; init; } = "sqlite";

    public string[] Dbs => Db == "both" ? ["sqlite", "postgres"] : [Db];
    public int Clients { get; init; } = 32;
    public int Leads { get; init; } = 20_000;
    /// <summary>Leads sent before the clock starts: on 2 busy cores the server's tiered JIT needs ~30,000 to settle (10,000 measured ~half the steady rate).</summary>
    public int Warmup { get; init; } = 30_000;
    /// <summary>Ceiling: routing-transaction sizes to measure.</summary>
    public int[] Sizes { get; init; } = [1, 32, 128];
    /// <summary>Ceiling: measured seconds per size (after one second of warm-up).</summary>
    public double Seconds { get; init; } = 5;
    /// <summary>Skip reading every lead back after the intake run.</summary>
    public bool NoVerify { get; init; }
    /// <summary>Intake: run the same configuration in shadow mode beside the live one (PUT /api/config/shadow), to measure its cost to intake.</summary>
    public bool Shadow { get; init; }
    /// <summary>Intake: the measured leads in this many pairs of phases without and with shadow mode, on one server (<see cref="ShadowAlternation"/>); 0: off.</summary>
    public int ShadowPairs { get; init; }

    public const string Usage =
        "[--db sqlite|postgres|both] [--clients N] [--leads N] [--warmup N] [--sizes 1,32,128] [--seconds S] [--no-verify] [--shadow] [--shadow-ab PAIRS]";

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static IntakeOptions Parse(string[] args)
    {
        var options = new IntakeOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--db" => options with { Db = Database(Value()) },
                "--clients" => options with { Clients = Positive(Value(), "--clients") },
                "--leads" => options with { Leads = Positive(Value(), "--leads") },
                "--warmup" => options with { Warmup = NonNegative(Value(), "--warmup") },
                "--sizes" => options with { Sizes = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Positive(s, "--sizes"))] },
                "--seconds" => options with { Seconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--no-verify" => options with { NoVerify = true },
                "--shadow" => options with { Shadow = true },
                "--shadow-ab" => options with { ShadowPairs = Positive(Value(), "--shadow-ab") },
                _ => throw new ArgumentException($"unknown option '{args[i]}'; options: {Usage}"),
            };
        }
        return options;
    }

    private static string Database(string text) =>
        text is "sqlite" or "postgres" or "both" ? text : throw new ArgumentException($"--db takes sqlite, postgres or both, not '{text}'");

    private static int Positive(string text, string name) =>
        int.TryParse(text.Replace("_", "").Replace(",", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw new ArgumentException($"{name} takes a positive integer, not '{text}'");

    private static int NonNegative(string text, string name) =>
        int.TryParse(text.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n : throw new ArgumentException($"{name} takes a non-negative integer, not '{text}'");
}
