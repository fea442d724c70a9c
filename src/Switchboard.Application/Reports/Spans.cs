namespace Switchboard.Application.Reports;

/// <summary>
/// How long something took over a set of leads: the count and the exact 50th, 90th and 99th percentiles in seconds
/// (nearest rank: the smallest span that at least p % of the spans do not exceed), null when there are none.
/// </summary>
public sealed record Spans(long Count, double? P50Seconds, double? P90Seconds, double? P99Seconds)
{
    public static readonly Spans None = new(0, null, null, null);

    /// <summary>The figures of <paramref name="count"/> spans whose nearest-rank percentiles are these ticks (<see cref="SpeedTable"/> finds them).</summary>
    internal static Spans Of(long count, long p50, long p90, long p99) =>
        new(count, p50 / (double)TimeSpan.TicksPerSecond, p90 / (double)TimeSpan.TicksPerSecond, p99 / (double)TimeSpan.TicksPerSecond);
}
