using System.Diagnostics;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Bench.Intake;

/// <summary>
/// ceiling: the database writes of intake without HTTP and without routing, straight through
/// <see cref="ISwitchboardStore"/> by one writer (as the server's single routing writer): open a routing
/// transaction, load state, insert B leads, one decision each, save the pool and rep state, commit —
/// in the same order as the server's RoutingGroup. Leads/s per transaction size B, on a fresh database each.
/// </summary>
public static class CeilingBench
{
    public const string Description = "leads/s the store commits without HTTP and routing: ceiling " + IntakeOptions.Usage;
    private const int DistinctBodies = 1024;
    private static int _warmedUp;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!IntakeBench.TryParse(args, out var options)) return 2;
        foreach (var db in options.Dbs)
        {
            await using var cluster = db == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
            foreach (var size in options.Sizes)
                Console.WriteLine((await MeasureAsync(db, cluster, size, options.Seconds)).Line);
        }
        return 0;
    }

    public static async Task<CeilingResult> MeasureAsync(string db, ThrowawayPostgres? cluster, int batch, double seconds)
    {
        var dir = Path.Combine(Path.GetTempPath(), "switchboard-ceiling-" + Guid.NewGuid().ToString("N")[..10]);
        var connection = db == "postgres"
            ? await (cluster ?? throw new ArgumentException("postgres needs a cluster")).CreateDatabaseAsync("ceiling_" + Guid.NewGuid().ToString("N")[..8])
            : null;
        try
        {
            await using var store = StoreFactory.Create(connection, dir);
            await store.MigrateAsync();
            var writer = new CeilingWriter(store, Bodies());
            // the first measurement of a process also pays for JIT tiering: warm up longer then
            await writer.RunAsync(batch, TimeSpan.FromSeconds(Interlocked.Exchange(ref _warmedUp, 1) == 0 ? 4 : 1));
            var (cpu, dbCpu) = (Environment.CpuUsage, cluster?.CpuTime ?? TimeSpan.Zero);
            var measured = await writer.RunAsync(batch, TimeSpan.FromSeconds(seconds));
            var (after, dbAfter) = (Environment.CpuUsage, cluster?.CpuTime ?? TimeSpan.Zero);
            return new CeilingResult(db, batch, measured.Leads / measured.Elapsed.TotalSeconds, measured.Commits,
                (after.UserTime - cpu.UserTime).TotalMicroseconds / measured.Leads,
                (after.PrivilegedTime - cpu.PrivilegedTime).TotalMicroseconds / measured.Leads,
                (dbAfter - dbCpu).TotalMicroseconds / measured.Leads);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static JsonObject[] Bodies()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        return [.. Enumerable.Range(0, DistinctBodies).Select(i =>
        {
            var body = JsonNode.Parse(LeadBodies.Json(i, tag))!.AsObject();
            body.Remove("externalId");
            return body;
        })];
    }
}

public sealed record CeilingResult(
    string Db, int Batch, double LeadsPerSecond, int Commits, double UserMicroseconds, double SystemMicroseconds, double DatabaseMicroseconds)
{
    public string Line => $"ceiling {Db}: {Figures.N(LeadsPerSecond)} leads/s at {Batch} leads per transaction " +
        $"({Figures.N(Commits)} commits; CPU per lead {UserMicroseconds:0} µs user + {SystemMicroseconds:0} µs system" +
        (Db == "postgres" ? $", postgres {DatabaseMicroseconds:0} µs)" : ")");
}

/// <summary>The write loop of the ceiling benchmark: what RoutingWriter + RoutingGroup write, minus the routing.</summary>
internal sealed class CeilingWriter(ISwitchboardStore store, JsonObject[] bodies)
{
    private const string Pool = "inbound";
    private int _next;

    public async Task<(int Leads, int Commits, TimeSpan Elapsed)> RunAsync(int batch, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        int leads = 0, commits = 0;
        while (clock.Elapsed < duration)
        {
            await CommitOneAsync(batch);
            leads += batch;
            commits++;
        }
        return (leads, commits, clock.Elapsed);
    }

    private async Task CommitOneAsync(int batch)
    {
        await using var tx = await store.BeginRoutingAsync();
        var state = await tx.LoadStateAsync();
        var now = SystemClock.Instance.GetCurrentInstant();
        var made = new List<(Lead Lead, Decision Decision)>(batch);
        for (var n = 0; n < batch; n++)
        {
            var i = _next++;
            var pool = state.Pool(Pool);
            var position = (pool.CursorPosition + 1) % BenchConfig.PoolReps.Length;
            var rep = BenchConfig.PoolReps[position];
            pool.CursorPosition = position;
            pool.CursorRepId = rep;
            pool.Assignments++;
            var load = state.Load(rep);
            load.Open++;
            load.LastAssignedAt = now;
            state.DirtyPools.Add(Pool);
            state.DirtyReps.Add(rep);
            var lead = new Lead
            {
                Id = "ld_" + Guid.CreateVersion7().ToString("N"), OwnerId = rep, Status = LeadStatus.Assigned, Stage = "Working",
                ConfigVersion = 1, CreatedAt = now, AssignedAt = now, UpdatedAt = now, Data = bodies[i % bodies.Length],
            };
            made.Add((lead, Decision(now, rep)));
        }
        await tx.InsertLeadsAsync([.. made.Select(m => new NewLead(m.Lead, null))]);
        await tx.AppendDecisionsAsync([.. made.Select(m => new LeadDecisions(m.Lead.Id, [m.Decision]))]);
        await tx.SaveStateAsync(state);
        await tx.CommitAsync();
    }

    private static Decision Decision(Instant now, string rep) => new()
    {
        At = now, Trigger = "lead.created", WorkflowId = "inbound", Action = "assign", PoolId = Pool, Strategy = "round_robin",
        ConfigVersion = 1, ChosenRepId = rep, Outcome = "assigned", Why = $"round robin in pool inbound: next after the cursor is {rep}",
        Candidates = [.. BenchConfig.PoolReps.Select(r => new Candidate(r, true, null))],
    };
}
