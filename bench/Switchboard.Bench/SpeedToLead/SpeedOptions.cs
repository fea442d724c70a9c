using System.Globalization;

namespace Switchboard.Bench.SpeedToLead;

/// <summary>Command-line options of speed-to-lead (see <see cref="Usage"/>).</summary>
public sealed record SpeedOptions
{
    public string Db { get; init; } = "sqlite";
    public string[] Dbs => Db == "both" ? ["sqlite", "postgres"] : [Db];
    /// <summary>webhook (open-loop lead→webhook), timers (delayed webhooks coming due together) or both.</summary>
    public string Mode { get; init; } = "webhook";
    public double Rate { get; init; } = 500;
    public double Seconds { get; init; } = 20;
    /// <summary>Seconds of open-loop load at the same rate before the measured phase.</summary>
    public double WarmupSeconds { get; init; } = 5;
    public int Timers { get; init; } = 10_000;
    /// <summary>Timer mode: the webhook action's delay in seconds.</summary>
    public int DelaySeconds { get; init; } = 60;
    /// <summary>workspace: how many of the open workspaces are Chromium pages (the others are circuits without a browser).</summary>
    public int Browsers { get; init; } = 2;
    /// <summary>Webhook mode: run the same configuration in shadow mode beside the live one, to see what it does to live latency.</summary>
    public bool Shadow { get; init; }

    public const string Usage =
        "[--db sqlite|postgres|both] [--rate 500] [--seconds 20] [--warmup-seconds 5] [--timers [N]] [--both] [--delay 60] [--browsers 2 (workspace)] [--shadow]";

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static SpeedOptions Parse(string[] args)
    {
        var options = new SpeedOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--db" => options with { Db = Value() is var db && db is "sqlite" or "postgres" or "both" ? db : throw new ArgumentException($"--db takes sqlite, postgres or both, not '{db}'") },
                "--rate" => options with { Rate = Number(Value(), "--rate") },
                "--seconds" => options with { Seconds = Number(Value(), "--seconds") },
                "--warmup-seconds" => options with { WarmupSeconds = Number(Value(), "--warmup-seconds", allowZero: true) },
                "--delay" => options with { DelaySeconds = (int)Number(Value(), "--delay") },
                "--both" => options with { Mode = "both" },
                "--shadow" => options with { Shadow = true },
                "--browsers" => options with { Browsers = (int)Number(Value(), "--browsers", allowZero: true) },
                "--timers" => options with
                {
                    Mode = options.Mode == "both" ? "both" : "timers",
                    Timers = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? (int)Number(Value(), "--timers") : options.Timers,
                },
                _ => throw new ArgumentException($"unknown option '{args[i]}'; options: {Usage}"),
            };
        }
        return options;
    }

    private static double Number(string text, string name, bool allowZero = false) =>
        double.TryParse(text.Replace("_", "").Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && (n > 0 || allowZero && n == 0)
            ? n : throw new ArgumentException($"{name} takes a positive number, not '{text}'");
}
