using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Server.Routing;

/// <summary>
/// The routing commands committed together in one transaction: the state read under the routing
/// lock, and every lead and decision they produce, written in <see cref="FlushAsync"/>.
/// </summary>
public sealed partial class RoutingBatch(IRoutingTransaction tx, RoutingState state, CompiledConfig config, Instant now)
{
    private readonly Dictionary<string, Lead> _inserted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _insertKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lead> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lead> _updated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Decision>> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _externalIds = new(StringComparer.Ordinal);
    private readonly Effects _effects = new();
    private readonly HashSet<long> _completedTimers = [];

    public IRoutingTransaction Tx => tx;
    public RoutingState State => state;
    public CompiledConfig Config => config;
    public Instant Now => now;
    /// <summary>True when outgoing email can be delivered (SMTP is configured): merges then email the owner.</summary>
    public bool EmailDelivery { get; init; }

    /// <summary>True when this batch wrote timers or outgoing messages (the workers are then woken after commit).</summary>
    public bool HasTimers => _effects.HasTimers;
    public bool HasMessages => _effects.HasMessages;

    /// <summary>Collects an evaluation's effects; they are written with the leads in <see cref="FlushAsync"/>.</summary>
    public void AddEffects(Effects effects) => effects.CopyTo(_effects);

    /// <summary>
    /// Before any command runs: completes (deletes) the batch's leased timers in one statement per owner and reads
    /// the existing leads the commands name in one query, instead of a round trip each.
    /// </summary>
    public async Task PrepareAsync(IReadOnlyList<RoutingCommand> commands, CancellationToken ct)
    {
        foreach (var owned in commands.Select(c => c.TimerToFire).OfType<LeasedTimer>().GroupBy(t => t.Owner, StringComparer.Ordinal))
            _completedTimers.UnionWith(await tx.CompleteTimersAsync([.. owned.Select(t => t.Timer.Id)], owned.Key, ct));
        await PrepareIntakeAsync(commands, ct);
        var ids = commands.Select(c => c.LeadToRead).OfType<string>().Where(id => !_loaded.ContainsKey(id)).ToList();
        if (ids.Count == 0) return;
        foreach (var lead in await tx.GetLeadsAsync(ids, ct)) _loaded[lead.Id] = lead;
    }

    /// <summary>True when <see cref="PrepareAsync"/> completed this timer in this transaction: the command must fire it.</summary>
    public bool Completed(long timerId) => _completedTimers.Contains(timerId);

    public async Task<Lead?> GetLeadAsync(string id, CancellationToken ct)
    {
        if (_inserted.TryGetValue(id, out var lead) || _loaded.TryGetValue(id, out lead)) return lead;
        lead = await tx.GetLeadAsync(id, ct);
        if (lead is not null) _loaded[id] = lead;
        return lead;
    }

    public async Task<string?> FindByIdempotencyKeyAsync(string key, CancellationToken ct) =>
        _keys.TryGetValue(key, out var id) ? id
        : _checkedKeys.Contains(key) ? _storedKeys.GetValueOrDefault(key)
        : await tx.FindLeadIdByIdempotencyKeyAsync(key, ct);

    public async Task<string?> FindByExternalIdAsync(string externalId, CancellationToken ct) =>
        _externalIds.TryGetValue(externalId, out var id) ? id : await tx.FindLeadIdByExternalIdAsync(externalId, ct);

    public void Insert(Lead lead, string? idempotencyKey, IReadOnlyList<Decision> decisions)
    {
        _inserted[lead.Id] = lead;
        _insertKeys[lead.Id] = idempotencyKey;
        if (idempotencyKey is not null) _keys[idempotencyKey] = lead.Id;
        Remember(lead);
        Record(lead.Id, decisions);
    }

    /// <summary>Marks a lead read through <see cref="GetLeadAsync"/> as changed, with its new decisions.</summary>
    public void Update(Lead lead, IReadOnlyList<Decision> decisions)
    {
        if (!_inserted.ContainsKey(lead.Id)) _updated[lead.Id] = lead;
        Remember(lead);
        Record(lead.Id, decisions);
    }

    private void Record(string leadId, IReadOnlyList<Decision> decisions)
    {
        if (decisions.Count == 0) return;
        if (!_decisions.TryGetValue(leadId, out var list)) _decisions[leadId] = list = [];
        list.AddRange(decisions);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await tx.InsertLeadsAsync([.. _inserted.Select(entry => new NewLead(entry.Value, _insertKeys[entry.Key]))], ct);
        foreach (var lead in _updated.Values) lead.UpdatedAt = now;
        if (_updated.Count > 0) await tx.UpdateLeadsAsync([.. _updated.Values], ct);
        await tx.AppendDecisionsAsync([.. _decisions.Select(entry => new LeadDecisions(entry.Key, entry.Value))], ct);
        if (_mergeKeys.Count > 0) await tx.AddMergeKeysAsync([.. _mergeKeys.Select(entry => new MergeKey(entry.Key, entry.Value))], now, ct);
        if (!_effects.IsEmpty) await tx.AddEffectsAsync(_effects, now, ct);
        await tx.SaveStateAsync(state, ct);
    }
}
