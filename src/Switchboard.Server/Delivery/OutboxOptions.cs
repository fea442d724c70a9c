namespace Switchboard.Server.Delivery;

/// <summary>Delivery settings (section Switchboard:Outbox).</summary>
public sealed class OutboxOptions
{
    /// <summary>First retry delay; each further attempt doubles it (with ±50 % jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>A message still failing this long after it was created goes to the dead-letter list.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How long a worker holds a claimed message before another may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int ClaimLimit { get; set; } = 128;
    /// <summary>Deliveries in flight at once in one lane.</summary>
    public int Parallelism { get; set; } = 32;
    /// <summary>
    /// Delivery loops per process, each claiming its own rounds: while one waits for the slowest delivery of its
    /// round and records the round, another is already delivering the next.
    /// </summary>
    public int Lanes { get; set; } = 2;

    /// <summary>Exponential backoff with jitter for the given attempt number (1 = first failure).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble()));
    }
}
