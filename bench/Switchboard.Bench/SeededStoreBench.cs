using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using Switchboard.Bench.Intake;
using Switchboard.Storage;

namespace Switchboard.Bench;

/// <summary>
/// What grid and reports share: their options (<c>[--postgres] [--leads 1000000] [--repeat N]</c>), a fresh store (a
/// SQLite file in a temporary directory, or a database in a throwaway PostgreSQL cluster) migrated and seeded with the
/// leads, with progress every 100,000, and the timing of each case: a few untimed calls, then --repeat timed ones.
/// <c>--keep DIR</c> keeps the seeded SQLite file (or PostgreSQL cluster, in DIR/cluster) in DIR, and a later run with the
/// same DIR measures it again unseeded (migrated first, so a new migration's backfill is run on it). PostgreSQL is
/// vacuumed and analysed after seeding, as autovacuum would have it in production (index-only scans need the visibility map). <c>--only TEXT</c> times only the cases whose name holds TEXT.
/// </summary>
internal static class SeededStoreBench
{
    /// <summary>The store a bench measures, seeded with <paramref name="Leads"/> leads up to <paramref name="Now"/> in <paramref name="SeedTime"/>.</summary>
    public sealed record Seeded(SqlStore Store, int Leads, int Repeat, Instant Now, TimeSpan SeedTime, string? Only = null)
    {
        /// <summary>Whether to time this case: all of them, or those whose name holds <c>--only</c>'s text.</summary>
        public bool Wants(string name) => Only is null || name.Contains(Only, StringComparison.Ordinal);
    }

    /// <summary>Parses the options, seeds a fresh store with <paramref name="seed"/> and runs <paramref name="measure"/> on it.</summary>
    /// <returns>0 when <paramref name="measure"/> met every target, 1 when not, 2 on a bad option.</returns>
    public static async Task<int> RunAsync(string name, string[] args, int repeat,
        Func<SqlStore, int, Instant, Action<int>, Task> seed, Func<Seeded, Task<bool>> measure)
    {
        int leads;
        bool postgres;
        string? keep;
        string? only;
        try
        {
            var options = BenchArgs.Parse(args);
            leads = options.Int("leads", 1_000_000, 1_000, 50_000_000);
            repeat = options.Int("repeat", repeat, 1, 10_000);
            postgres = options.Flag("postgres");
            keep = options.Text("keep");
            only = options.Text("only");
            options.RejectUnknown();
        }
        catch (BenchArgsException error)
        {
            Console.Error.WriteLine($"{name}: {error.Message}");
            return 2;
        }

        var dir = keep ?? Path.Combine(Path.GetTempPath(), $"switchboard-{name}-" + Guid.NewGuid().ToString("N")[..10]);
        var seeded = keep is not null && File.Exists(Path.Combine(keep, NowFile));
        try
        {
            await using var cluster = postgres ? await ThrowawayPostgres.StartAsync(keep is null ? null : Path.Combine(keep, "cluster")) : null;
            var database = $"{name}_" + (keep is null ? Guid.NewGuid().ToString("N")[..8] : "kept");
            if (cluster is not null && keep is not null && !seeded) await cluster.ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS \"{database}\"");
            var connection = cluster is null ? null : seeded ? cluster.ConnectionString(database) : await cluster.CreateDatabaseAsync(database);
            await using var store = StoreFactory.Create(connection, dir);
            await store.MigrateAsync();
            var noted = Path.Combine(dir, NowFile);
            var now = seeded ? InstantPattern.ExtendedIso.Parse(await File.ReadAllTextAsync(noted)).GetValueOrThrow() : SystemClock.Instance.GetCurrentInstant();
            var clock = Stopwatch.StartNew();
            if (!seeded)
            {
                await seed(store, leads, now, done =>
                {
                    if (done % 100_000 == 0) Console.WriteLine($"  seeded {Figures.N(done)} leads, {clock.Elapsed.TotalSeconds:0} s");
                });
                if (cluster is not null) await cluster.ExecuteAsync(database, "VACUUM ANALYZE");
                if (keep is not null) await File.WriteAllTextAsync(noted, InstantPattern.ExtendedIso.Format(now));
            }
            return await measure(new Seeded(store, leads, repeat, now, clock.Elapsed, only)) ? 0 : 1;
        }
        finally
        {
            if (keep is null && Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>In a kept directory: the "now" the seed ended at, written once seeding finished.</summary>
    private const string NowFile = "seeded-until";

    /// <summary>Calls <paramref name="call"/> <paramref name="warmup"/> times untimed, then <paramref name="repeat"/> times timed.</summary>
    /// <returns>The timed calls' milliseconds and what the last one answered (the bytes of its JSON).</returns>
    public static async Task<(List<double> Ms, int Bytes)> TimeAsync(int warmup, int repeat, Func<Task<int>> call)
    {
        for (var i = 0; i < warmup; i++) await call();
        var times = new List<double>(repeat);
        var bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bytes = await call();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return (times, bytes);
    }
}
