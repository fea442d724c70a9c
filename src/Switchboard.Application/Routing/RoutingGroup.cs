using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Routing;

/// <summary>
/// The routing commands committed together in one transaction (a group commit): the state read under the routing
/// lock, what the commands declared they read (<see cref="ReadAsync"/>), and every lead, decision, deal, event and
/// effect they produce, written in <see cref="FlushAsync"/>. Commands see each other's changes in arrival order.
/// </summary>
public sealed partial class RoutingGroup(IRoutingTransaction tx, RoutingState state, CompiledConfig config, Instant now)
{
    private readonly Dictionary<string, Lead> _leads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lead> _inserted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _insertKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lead> _updated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Decision>> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Deal> _deals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Deal> _newDeals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Deal> _changedDeals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LeadEvent>> _events = new(StringComparer.Ordinal);
    private readonly List<LeadEvent> _newEvents = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _leadsRead = new(StringComparer.Ordinal);
    private readonly Effects _effects = new();
    private readonly HashSet<long> _completedTimers = [];
    private IReadOnlyList<NewLead> _stored = [];

    public RoutingState State => state;
    public CompiledConfig Config => config;
    public Instant Now => now;
    /// <summary>True when outgoing email can be delivered (SMTP is configured): merges then email the owner.</summary>
    public bool EmailDelivery { get; init; }

    /// <summary>True when this group wrote timers or outgoing messages (the workers are then woken after commit).</summary>
    public bool HasTimers => _effects.HasTimers;
    public bool HasMessages => _effects.HasMessages;

    /// <summary>
    /// Reads what the commands declared, one query per kind for the whole group: first the leased timers are completed
    /// (deleted), idempotency keys, duplicates, deals and queues are looked up; then every lead those name or the
    /// commands named, and the events asked for.
    /// </summary>
    public async Task ReadAsync(RoutingReads reads, CancellationToken ct)
    {
        foreach (var owned in reads.Timers.GroupBy(t => t.Owner, StringComparer.Ordinal))
            _completedTimers.UnionWith(await tx.CompleteTimersAsync([.. owned.Select(t => t.Timer.Id)], owned.Key, ct));
        var leadIds = new HashSet<string>(reads.LeadIds, StringComparer.Ordinal);
        leadIds.UnionWith(await ReadIntakeAsync(reads, ct));
        if (reads.DealIds.Count > 0)
            foreach (var deal in await tx.GetDealsAsync(reads.DealIds, ct))
            {
                _deals[deal.Id] = deal;
                leadIds.Add(deal.LeadId);
            }
        foreach (var poolId in reads.QueuedPools)
            leadIds.UnionWith(_queued[poolId] = await tx.QueuedLeadIdsAsync(poolId, QueuedPerPool, ct));
        if (leadIds.Count > 0)
            foreach (var lead in await tx.GetLeadsAsync(leadIds, ct)) _leads[RememberBefore(lead)] = lead;
        _leadsRead.UnionWith(leadIds);
        if (reads.EventsOf.Count > 0)
        {
            var events = await tx.GetEventsAsync(reads.EventsOf, ct);
            foreach (var leadId in reads.EventsOf) _events[leadId] = [.. events.GetValueOrDefault(leadId) ?? []];
        }
    }

    /// <summary>Queued leads read per pool: the oldest first.</summary>
    public const int QueuedPerPool = 200;

    /// <summary>True when <see cref="ReadAsync"/> completed this timer in this transaction: the command must fire it.</summary>
    public bool Completed(long timerId) => _completedTimers.Contains(timerId);

    /// <summary>The lead as this group sees it now (stored, or made or changed by an earlier command); null when none has that id.</summary>
    /// <exception cref="InvalidOperationException">No command declared the lead (see <see cref="RoutingReads.Lead"/>).</exception>
    public Lead? Lead(string id) =>
        _leads.TryGetValue(id, out var lead) ? lead
        : _leadsRead.Contains(id) ? null
        : throw new InvalidOperationException($"lead '{id}' was not declared by any command of this group");

    /// <summary>A deal declared with <see cref="RoutingReads.Deal"/>, as this group sees it now; null when none has that id.</summary>
    public Deal? Deal(string id) => _deals.GetValueOrDefault(id);

    /// <summary>All events of a lead declared with <see cref="RoutingReads.Events"/>, including ones recorded earlier in this group.</summary>
    public IReadOnlyList<LeadEvent> Events(string leadId) =>
        _events.TryGetValue(leadId, out var events) ? events : throw new InvalidOperationException($"events of lead '{leadId}' were not declared");

    /// <summary>All events of a lead declared with <see cref="RoutingReads.LeadForScoring"/> when the model scores events; else null.</summary>
    public IReadOnlyList<LeadEvent>? ScoredEvents(string leadId) => config.Scoring is { ScoresEvents: true } ? Events(leadId) : null;

    /// <summary>The ids of a pool's oldest queued leads, as read before the commands ran (<see cref="RoutingReads.Queue"/>).</summary>
    public IReadOnlyList<string> Queued(string poolId) => _queued.GetValueOrDefault(poolId) ?? [];

    /// <summary>Collects an evaluation's effects; they are written with the leads in <see cref="FlushAsync"/>.</summary>
    public void AddEffects(Effects effects) => effects.CopyTo(_effects);

    public void Insert(Lead lead, string? idempotencyKey, IReadOnlyList<Decision> decisions)
    {
        _leads[lead.Id] = _inserted[lead.Id] = lead;
        _insertKeys[lead.Id] = idempotencyKey;
        RememberIntake(lead, idempotencyKey);
        Record(lead.Id, decisions);
    }

    /// <summary>Marks a lead read through <see cref="Lead"/> as changed, with its new decisions.</summary>
    public void Update(Lead lead, IReadOnlyList<Decision> decisions)
    {
        if (!_inserted.ContainsKey(lead.Id)) _updated[lead.Id] = lead;
        RememberIntake(lead, null);
        Record(lead.Id, decisions);
    }

    /// <summary>Takes an evaluation of a lead read through <see cref="Lead"/>: the lead, its decisions and effects are written.</summary>
    public LeadOutcome Apply(Lead lead, Evaluation evaluation)
    {
        Update(lead, evaluation.Decisions);
        AddEffects(evaluation.Effects);
        return LeadOutcome.Updated(lead, evaluation.Decisions);
    }

    public void InsertDeal(Deal deal) => _deals[deal.Id] = _newDeals[deal.Id] = deal;

    public void UpdateDeal(Deal deal)
    {
        _deals[deal.Id] = deal;
        if (_newDeals.ContainsKey(deal.Id)) _newDeals[deal.Id] = deal;
        else _changedDeals[deal.Id] = deal;
    }

    /// <summary>Stores an event (at flush); a lead whose events were read sees it at once.</summary>
    public void InsertEvent(LeadEvent received)
    {
        _newEvents.Add(received);
        if (_events.TryGetValue(received.LeadId, out var events)) events.Add(received);
    }

    /// <summary>The leads this group created as <see cref="FlushAsync"/> stored them, in order, each with all its decisions of this group.</summary>
    public IEnumerable<(NewLead Lead, IReadOnlyList<Decision> Decisions)> Created() =>
        _stored.Select(lead => (lead, (IReadOnlyList<Decision>?)_decisions.GetValueOrDefault(lead.Lead.Id) ?? []));

    private void Record(string leadId, IReadOnlyList<Decision> decisions)
    {
        if (decisions.Count == 0) return;
        if (!_decisions.TryGetValue(leadId, out var list)) _decisions[leadId] = list = [];
        list.AddRange(decisions);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        _stored = [.. _inserted.Select(entry => new NewLead(entry.Value, _insertKeys[entry.Key]))];
        await tx.InsertLeadsAsync(_stored, ct);
        foreach (var lead in _updated.Values) lead.UpdatedAt = now;
        if (_updated.Count > 0) await tx.UpdateLeadsAsync([.. _updated.Values], ct);
        foreach (var deal in _newDeals.Values) await tx.InsertDealAsync(deal, ct);
        foreach (var deal in _changedDeals.Values) await tx.UpdateDealAsync(deal, ct);
        if (_newEvents.Count > 0) await tx.InsertEventsAsync(_newEvents, now, ct);
        await tx.AppendDecisionsAsync([.. _decisions.Select(entry => new LeadDecisions(entry.Key, entry.Value))], ct);
        if (_mergeKeys.Count > 0) await tx.AddMergeKeysAsync([.. _mergeKeys.Select(entry => new MergeKey(entry.Key, entry.Value))], now, ct);
        if (!_effects.IsEmpty) await tx.AddEffectsAsync(_effects, now, ct);
        await tx.SaveStateAsync(state, ct);
    }
}
