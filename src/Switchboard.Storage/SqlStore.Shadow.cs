using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// Shadow mode's run and outcomes (ShadowSql: the statements, shared by both dialects).
public abstract partial class SqlStore
{
    /// <summary>Under the configuration lock, so two starts (also in two processes) leave one run.</summary>
    public async Task<ShadowRun> StartShadowRunAsync(NewShadowRun run, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.Config, ct);
        await session.Connection.ExecuteAsync(new CommandDefinition(ShadowSql.DeleteRuns, transaction: session.Transaction, cancellationToken: ct));
        var row = await session.Connection.QuerySingleAsync<ShadowRunRow>(new CommandDefinition(ShadowSql.InsertRun, new
        {
            run.Id, startedAt = run.StartedAt.ToUnixTimeTicks(), run.Note, run.Author, run.LiveVersion, run.Config, run.State,
        }, session.Transaction, cancellationToken: ct));
        await session.CommitAsync(ct);
        return row.ToRun();
    }

    public async Task<ShadowRun?> GetShadowRunAsync(CancellationToken ct = default) =>
        (await QuerySingleOrDefaultAsync<ShadowRunRow>(ShadowSql.SelectRun, null, ct))?.ToRun();

    public async Task<bool> StopShadowRunAsync(Instant at, CancellationToken ct = default) =>
        await WriteAsync(ShadowSql.StopRun, new { at = at.ToUnixTimeTicks() }, ct) > 0;

    public async Task<ShadowRun?> LeaseShadowRunAsync(string owner, Instant now, Instant until, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var rows = await WriteQueryAsync<ShadowRunRow>(ShadowSql.LeaseRun,
            new { owner, now = now.ToUnixTimeTicks(), until = until.ToUnixTimeTicks() }, ct);
        return rows.Count > 0 ? rows[0].ToRun() : null;
    }

    public async Task<IReadOnlyList<ShadowLead>> ListLeadsAfterAsync(long afterSeq, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenConnectionAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        var leads = (await connection.QueryAsync<ShadowLeadRow>(new CommandDefinition(ShadowSql.LeadsAfter, new { afterSeq, limit }, snapshot, cancellationToken: ct))).AsList();
        if (leads.Count == 0) return [];
        var decisions = (await connection.QueryAsync<(string LeadId, long At, string Document)>(new CommandDefinition(
                ShadowSql.CreationDecisions, new { afterSeq, lastSeq = leads[^1].Seq }, snapshot, cancellationToken: ct)))
            .ToLookup(row => row.LeadId, row => DecisionHead.Read(row.Document) with { At = Instant.FromUnixTimeTicks(row.At) }, StringComparer.Ordinal);
        return [.. leads.Select(row => ShadowLead.Of(row.Seq, row.Id, row.ExternalId, Instant.FromUnixTimeTicks(row.CreatedAt), row.Data, row.FormId, [.. decisions[row.Id]]))];
    }

    public async Task<IReadOnlyList<StoredLeadSeq>> ListLeadSeqsAfterAsync(long afterSeq, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return [.. (await QueryAsync<(long Seq, string Id)>(ShadowSql.LeadSeqsAfter, new { afterSeq, limit }, ct)).Select(row => new StoredLeadSeq(row.Seq, row.Id))];
    }

    /// <summary>Not durable (<see cref="BeginWriteAsync(WriteLock, bool, CancellationToken)"/>): a step lost in a crash is routed again.</summary>
    public async Task<bool> SaveShadowStepAsync(ShadowStep step, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.Rows, durable: false, ct);
        var moved = await session.Connection.ExecuteAsync(new CommandDefinition(ShadowSql.MoveCursor, new
        {
            id = step.RunId, step.Owner, step.FromSeq, step.ToSeq, step.State, routed = step.Outcomes.Count,
            agreed = step.Outcomes.Count(outcome => outcome.Agreed), until = step.LeaseUntil.ToUnixTimeTicks(),
        }, session.Transaction, cancellationToken: ct));
        if (moved == 0) return false;
        await ExecuteRowsAsync(session, ShadowSql.AddRepCount, ShadowSql.RepCounts(step.RunId, step.Outcomes), ct);
        await ExecuteRowsAsync(session, ShadowSql.InsertOutcome,
            step.Outcomes.Where(outcome => !outcome.Agreed).Select(outcome => ShadowSql.Values(step.RunId, outcome)), ct);
        await session.CommitAsync(ct);
        return true;
    }

    public async Task<ShadowFigures> GetShadowFiguresAsync(string runId, int sample, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var snapshot = await BeginSnapshotAsync(connection, ct);
        CommandDefinition Command(string sql) => new(sql, new { runId, sample }, snapshot, cancellationToken: ct);
        var (leads, agreed) = await connection.QuerySingleOrDefaultAsync<(long Leads, long Agreed)>(Command(ShadowSql.Totals));
        var perRep = (await connection.QueryAsync<(string Side, string RepId, long Leads)>(Command(ShadowSql.PerRep))).AsList();
        var rows = await connection.QueryAsync<ShadowOutcomeRow>(Command(ShadowSql.Sample));
        IReadOnlyList<ShadowRepCount> Side(string side) =>
            [.. perRep.Where(r => r.Side == side).Select(r => new ShadowRepCount(r.RepId.Length == 0 ? null : r.RepId, r.Leads))];
        return new ShadowFigures(leads, agreed, Side("live"), Side("shadow"), leads - agreed, [.. rows.Select(r => r.ToOutcome())]);
    }
}
