using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage;

/// <summary>
/// The one seam to the database. Implemented per dialect (SQLite, PostgreSQL) over a shared base;
/// every implementation passes the same compliance suite.
/// </summary>
public partial interface ISwitchboardStore
{
    /// <summary>Applies pending migrations (DbUp). Safe to call from several processes.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    // ---- configuration (versioned documents) ----
    /// <summary>The newest configuration document (JSON text) and its version, or null when none was saved.</summary>
    Task<StoredConfig?> GetConfigAsync(CancellationToken ct = default);
    Task<StoredConfig?> GetConfigVersionAsync(int version, CancellationToken ct = default);
    Task<int> GetConfigVersionNumberAsync(CancellationToken ct = default);
    /// <summary>
    /// Stores a new version atomically under the config lock (also across processes); the number is the previous
    /// newest + 1. With <paramref name="basedOn"/> it is a compare-and-swap: nothing is stored and the answer is null
    /// when the newest version is no longer that one. The document's own "version" is ignored.
    /// </summary>
    Task<int?> SaveConfigAsync(ConfigDraft draft, int? basedOn = null, CancellationToken ct = default);
    Task<IReadOnlyList<ConfigVersionInfo>> ListConfigVersionsAsync(CancellationToken ct = default);

    // ---- routing: one transaction per batch of commands, serialised across processes ----
    /// <summary>
    /// Opens the routing transaction and takes the routing lock (SQLite: BEGIN IMMEDIATE;
    /// PostgreSQL: a transaction-scoped advisory lock), so state read through it is current and
    /// nobody else routes until it commits or rolls back.
    /// </summary>
    Task<IRoutingTransaction> BeginRoutingAsync(CancellationToken ct = default);

    // ---- reads outside routing ----
    Task<Lead?> GetLeadAsync(string id, CancellationToken ct = default);
    Task<LeadPage> ListLeadsAsync(LeadQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<Decision>> GetDecisionsAsync(string leadId, CancellationToken ct = default);
    /// <summary>Every pool state and rep load as committed, without the routing lock: a copy for a dry run to change and discard.</summary>
    Task<RoutingState> GetRoutingStateAsync(CancellationToken ct = default);
    /// <summary>Live rep loads and presence, for reads such as GET /api/reps.</summary>
    Task<IReadOnlyDictionary<string, RepLoad>> GetRepLoadsAsync(CancellationToken ct = default);
    Task SetRepStatusAsync(string repId, string status, CancellationToken ct = default);

    // ---- API keys (stored hashed) ----
    Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct = default);
    Task<ApiKeyRecord?> FindApiKeyByHashAsync(string hash, CancellationToken ct = default);
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct = default);
    Task<bool> DeleteApiKeyAsync(string id, CancellationToken ct = default);
}

/// <summary>The routing unit of work. Everything written through it commits together or not at all.</summary>
public partial interface IRoutingTransaction : IAsyncDisposable
{
    /// <summary>Every pool state and rep load, read under the routing lock.</summary>
    Task<RoutingState> LoadStateAsync(CancellationToken ct = default);
    /// <summary>Writes the pools and reps marked dirty in the state.</summary>
    Task SaveStateAsync(RoutingState state, CancellationToken ct = default);

    /// <summary>The stored leads among these ids (unknown ids are left out), one query per chunk of ids.</summary>
    Task<IReadOnlyList<Lead>> GetLeadsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    /// <summary>
    /// Inserts new leads, in list order (a taken id or idempotency key fails the call with
    /// <see cref="DuplicateKeyException"/>): SQLite runs one statement prepared once, PostgreSQL sends one batch.
    /// </summary>
    Task InsertLeadsAsync(IReadOnlyList<NewLead> leads, CancellationToken ct = default);

    /// <summary>Writes back leads read in this transaction, in one prepared statement (SQLite) or one batch (PostgreSQL).</summary>
    Task UpdateLeadsAsync(IReadOnlyList<Lead> leads, CancellationToken ct = default);

    /// <summary>Appends the decisions of several leads, in list order; they come back in the same order.</summary>
    Task AppendDecisionsAsync(IReadOnlyList<LeadDecisions> decisions, CancellationToken ct = default);

    Task CommitAsync(CancellationToken ct = default);
}

/// <summary>A lead to insert with its idempotency key (null when the request had none).</summary>
public readonly record struct NewLead(Lead Lead, string? IdempotencyKey)
{
    /// <summary>The lead's values as they are stored (JSON), written once: the insert and whoever hands the lead on share it.</summary>
    public string Data { get; } = Rows.StoredJson.Write(Lead.Data);
}

/// <summary>Decisions to append to one lead's history.</summary>
public readonly record struct LeadDecisions(string LeadId, IReadOnlyList<Decision> Decisions);

public sealed record StoredConfig(int Version, string Json, Instant CreatedAt);
public sealed record ConfigVersionInfo(int Version, Instant CreatedAt, string? Author, string? Note);

/// <summary>A configuration document to store as a new version, with who changed it, when and why.</summary>
public sealed record ConfigDraft(string Json, string? Author, Instant At, string? Note = null);

public sealed record LeadQuery
{
    public string? Owner { get; init; }
    public string? Status { get; init; }
    public string? Stage { get; init; }
    /// <summary>The pool a queued or claimable lead waits in (claim board).</summary>
    public string? PoolId { get; init; }
    /// <summary>Only leads scoring at least this much.</summary>
    public int? MinScore { get; init; }
    /// <summary>Only leads of this grade.</summary>
    public string? Grade { get; init; }
    /// <summary>Free text: matches email, name, company (case-insensitive substring).</summary>
    public string? Q { get; init; }
    /// <summary>Only leads whose "source" field is exactly this.</summary>
    public string? Source { get; init; }
    /// <summary>Only leads created at or after this instant.</summary>
    public Instant? CreatedFrom { get; init; }
    /// <summary>Only leads created before this instant (exclusive, so consecutive ranges do not overlap).</summary>
    public Instant? CreatedTo { get; init; }
    public LeadSort Sort { get; init; } = LeadSort.Created;
    /// <summary>Opaque cursor from a previous page of the same sort and filter.</summary>
    public string? Cursor { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>
/// The orders of a lead list. Equal created times keep insertion order (seq) in the sort's direction; equal scores
/// list the newest lead first.
/// </summary>
public enum LeadSort
{
    /// <summary>Newest first.</summary>
    Created,
    /// <summary>Oldest first.</summary>
    CreatedAscending,
    /// <summary>Highest score first.</summary>
    Score,
}

public sealed record LeadPage(IReadOnlyList<Lead> Items, string? NextCursor);

public sealed record ApiKeyRecord
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Hash { get; init; } = "";
    public string Role { get; init; } = "";
    /// <summary>For role "rep": the rep the key acts as.</summary>
    public string? RepId { get; init; }
    public Instant CreatedAt { get; init; }
}
