using System.Diagnostics;
using System.Globalization;
using Switchboard.Bench.Intake;

namespace Switchboard.Bench.SpeedToLead;

/// <summary>
/// speed-to-lead --timers N: N leads created as fast as 32 clients can (a few seconds), each with a
/// webhook delayed by --delay seconds, so all N timers come due within the same few seconds. Lateness
/// = webhook arrival − (the lead's createdAt + delay): the timer worker firing through the routing
/// writer plus the outbox worker delivering. Warmed up first with the notify workflow at --rate.
/// </summary>
internal static class TimerRun
{
    private const int Clients = 32;

    public static async Task<bool> RunAsync(SpeedOptions options, ThrowawayPostgres? cluster)
    {
        using var receiver = new WebhookReceiver();
        await using var server = await SpeedToLeadBench.StartAsync(cluster, "timers");
        using var http = OpenLoad.Client(server.Address);

        var warmup = (int)(options.Rate * options.WarmupSeconds);
        var bodies = SpeedToLeadBench.Bodies(warmup + options.Timers);
        if (warmup > 0)
        {
            await SpeedToLeadBench.PutConfigAsync(http, SpeedConfig.Notify(receiver.Url));
            await OpenLoad.RunAsync(http, bodies, 0, warmup, options.Rate);
        }
        await SpeedToLeadBench.PutConfigAsync(http, SpeedConfig.Delayed(receiver.Url, options.DelaySeconds));

        var answers = new Answers(bodies.Length);
        var creation = await LoadRun.RunAsync(http, bodies, warmup, options.Timers, Clients, answers);
        var ids = new List<(string Id, DateTime Due)>(options.Timers); // in creation order, so (nearly) in due order
        var delay = TimeSpan.FromSeconds(options.DelaySeconds);
        for (var i = warmup; i < bodies.Length; i++)
            if (answers.Ids[i] is { } id && answers.CreatedAt[i] is { } at)
                ids.Add((id, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture).UtcDateTime + delay));
        var window = ids.Count == 0 ? TimeSpan.Zero : ids.Max(x => x.Due) - ids.Min(x => x.Due);

        var wait = ids.Count == 0 ? TimeSpan.Zero : ids.Max(x => x.Due) - DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var arrived = await receiver.WaitForAsync([.. ids.Select(x => x.Id)], wait);
        var lateness = new List<double>(ids.Count);
        var firing = new List<double>(ids.Count);
        var delivery = new List<double>(ids.Count);
        var early = 0;
        foreach (var (id, due) in ids)
            if (receiver.TryGet(id, out var arrival))
            {
                var late = (arrival.Utc - due).TotalMilliseconds;
                if (late < 0) early++;
                lateness.Add(late);
                if (arrival.At is not { } fired) continue;
                firing.Add((fired - due).TotalMilliseconds);
                delivery.Add((arrival.Utc - fired).TotalMilliseconds);
            }
        var summary = LatencySummary.From(lateness);
        // Lateness of the first- and last-due tenth: flat means a fixed cost, rising means firing or delivery can't keep up.
        var tenth = Math.Max(1, lateness.Count / 10);
        var (first, last) = (LatencySummary.From(lateness[..tenth]).P50, LatencySummary.From(lateness[^tenth..]).P50);
        var failed = options.Timers - ids.Count;
        var missing = ids.Count - arrived;
        Console.WriteLine(
            $"speed-to-lead {options.Db} timers: {Figures.N(options.Timers)} webhooks delayed PT{options.DelaySeconds}S, created in " +
            $"{creation.Elapsed.TotalSeconds:0.0} s (due within {window.TotalSeconds:0.0} s) — lateness p50 {Figures.Ms(summary.P50)}, " +
            $"p90 {Figures.Ms(summary.P90)}, p99 {Figures.Ms(summary.P99)}, max {Figures.Ms(summary.Max)}; first-due tenth p50 {Figures.Ms(first)}, last-due tenth p50 {Figures.Ms(last)} ({Figures.N(arrived)}/{Figures.N(options.Timers)} arrived" +
            (early > 0 ? $", {Figures.N(early)} early" : "") + (failed > 0 ? $", {Figures.N(failed)} POSTs failed" : "") +
            (missing > 0 ? $", {Figures.N(missing)} never arrived" : "") + $"); {SpeedToLeadBench.Verdict(summary.P99)}");
        var (fire, deliver) = (LatencySummary.From(firing), LatencySummary.From(delivery));
        Console.WriteLine(
            $"  split by the message's own time: fired after due p50 {Figures.Ms(fire.P50)}, p99 {Figures.Ms(fire.P99)}; " +
            $"delivered after firing p50 {Figures.Ms(deliver.P50)}, p99 {Figures.Ms(deliver.P99)}");
        return failed == 0 && missing == 0 && early == 0;
    }
}
