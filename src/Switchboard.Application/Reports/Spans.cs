namespace Switchboard.Application.Reports;

/// <summary>
/// How long something took over a set of leads: the count and the exact 50th, 90th and 99th percentiles in seconds
/// (nearest rank: the smallest span that at least p % of the spans do not exceed), null when there are none.
/// </summary>
public sealed record Spans(long Count, double? P50Seconds, double? P90Seconds, double? P99Seconds)
{
    public static Spans Of(List<long> ticks)
    {
        if (ticks.Count == 0) return new Spans(0, null, null, null);
        ticks.Sort();
        double Rank(int percent) => ticks[(int)Math.Ceiling(percent / 100.0 * ticks.Count) - 1] / (double)TimeSpan.TicksPerSecond;
        return new Spans(ticks.Count, Rank(50), Rank(90), Rank(99));
    }
}
