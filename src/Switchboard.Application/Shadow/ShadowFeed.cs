using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Shadow;

/// <summary>
/// The leads this process's routing writer has just created, handed in memory to this process's shadow worker while it
/// holds a running run (<see cref="Listening"/>), so a step need not read back from the database what intake wrote a moment
/// ago. The store still says which leads come next and in what order (<see cref="ISwitchboardStore.ListLeadSeqsAfterAsync"/>);
/// the feed only stands in for reading their values and creation decisions. A lead it does not have (another process's,
/// one made before it listened, one pushed out by <see cref="Capacity"/>) is read from the database as before.
/// </summary>
public sealed class ShadowFeed
{
    /// <summary>Most leads held; the oldest go first (a worker that far behind reads them back instead).</summary>
    public const int Capacity = 5_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Fed> _leads = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private volatile bool _listening;
    private WorkSignal? _wake;

    /// <summary>True while this process's shadow worker holds a running run: only then does intake hand leads over.</summary>
    public bool Listening => _listening;

    /// <summary>Starts or stops taking leads; stopping lets go of those held.</summary>
    public void Listen(bool listening)
    {
        if (_listening == listening) return;
        _listening = listening;
        if (listening) return;
        lock (_lock)
        {
            _leads.Clear();
            _order.Clear();
        }
    }

    /// <summary>
    /// Takes leads just committed, each with the decisions stored with it, as the database read would give them: the values
    /// as the stored JSON text (the insert's own, read into a lead of its own when taken), and the decisions made at the
    /// lead's creation in the order they were made, each as far as it is read (<see cref="Head"/>). Nothing of intake's
    /// objects is held, so what waits here is a string and a few small objects per lead, not its object graph.
    /// </summary>
    public void Add(IEnumerable<(NewLead Lead, IReadOnlyList<Decision> Decisions)> created)
    {
        if (!_listening) return;
        lock (_lock)
            foreach (var (stored, decisions) in created)
            {
                var lead = stored.Lead;
                if (_order.Count >= Capacity) _leads.Remove(_order.Dequeue());
                _leads[lead.Id] = new Fed(lead.ExternalId, lead.CreatedAt, stored.Data, lead.FormId,
                    [.. decisions.Where(d => d.At == lead.CreatedAt).Select(Head)]);
                _order.Enqueue(lead.Id);
            }
        Interlocked.Exchange(ref _wake, null)?.Poke();
    }

    /// <summary>What the live side reads of a decision (as the database read keeps it, <c>DecisionHead</c>).</summary>
    private static Decision Head(Decision d) =>
        new() { At = d.At, Trigger = d.Trigger, Outcome = d.Outcome, WorkflowId = d.WorkflowId, PoolId = d.PoolId, ChosenRepId = d.ChosenRepId };

    /// <summary>
    /// Pokes <paramref name="wake"/> once, when the next leads arrive: an idle worker (its last step found none) then routes
    /// a burst as it comes instead of finding seconds of it waiting after its poll (more than <see cref="Capacity"/> at
    /// full intake, read back from the database). A paced worker is not woken: that cost more than routing the leads.
    /// </summary>
    public void WakeOnArrival(WorkSignal wake) => Volatile.Write(ref _wake, wake);

    /// <summary>
    /// The leads of <paramref name="next"/> (in that order) from memory, up to the first one the feed does not have; those
    /// returned are let go. Empty when it does not have the first.
    /// </summary>
    public IReadOnlyList<ShadowLead> Take(IReadOnlyList<StoredLeadSeq> next)
    {
        var taken = new List<ShadowLead>(next.Count);
        lock (_lock)
            foreach (var stored in next)
            {
                if (!_leads.Remove(stored.Id, out var fed)) break;
                taken.Add(ShadowLead.Of(stored.Seq, stored.Id, fed.ExternalId, fed.CreatedAt, fed.Data, fed.FormId, fed.Decisions));
            }
        return taken;
    }

    /// <summary>Lets go of leads the worker read from the database instead.</summary>
    public void Forget(IEnumerable<string> leadIds)
    {
        lock (_lock)
            foreach (var id in leadIds) _leads.Remove(id);
    }

    private sealed record Fed(string? ExternalId, Instant CreatedAt, string Data, string? FormId, IReadOnlyList<Decision> Decisions);
}
