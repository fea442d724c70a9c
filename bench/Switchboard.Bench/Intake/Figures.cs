using System.Globalization;

namespace Switchboard.Bench.Intake;

/// <summary>Number formatting for the one-line results (invariant culture, thousands separators).</summary>
internal static class Figures
{
    public static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Latency percentiles over every recorded sample (sorted, nearest rank: no binning).</summary>
public sealed record LatencySummary(double P50, double P90, double P99, double Max)
{
    public static LatencySummary From(List<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new(0, 0, 0, 0);
        var sorted = milliseconds.ToArray();
        Array.Sort(sorted);
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(At(0.50), At(0.90), At(0.99), sorted[^1]);
    }
}
