using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Switchboard.Server.Apis.Forms;

/// <summary>
/// Submission counters per form, in memory of this process since it started (shown as "stats" by
/// GET /api/forms/{id}): leads created, submissions refused as invalid, honeypot submissions dropped.
/// </summary>
public sealed class FormStats(IClock clock)
{
    private readonly Instant _since = clock.GetCurrentInstant();
    private readonly ConcurrentDictionary<string, Counters> _forms = new(StringComparer.Ordinal);

    public void Submitted(string formId) => Interlocked.Increment(ref Of(formId).Submitted);
    public void Invalid(string formId) => Interlocked.Increment(ref Of(formId).Invalid);
    public void HoneypotDropped(string formId) => Interlocked.Increment(ref Of(formId).Honeypot);

    public JsonObject Read(string formId)
    {
        var counters = _forms.TryGetValue(formId, out var found) ? found : new Counters();
        return new JsonObject
        {
            ["since"] = InstantPattern.ExtendedIso.Format(_since),
            ["submitted"] = Interlocked.Read(ref counters.Submitted),
            ["invalid"] = Interlocked.Read(ref counters.Invalid),
            ["honeypot"] = Interlocked.Read(ref counters.Honeypot),
        };
    }

    private Counters Of(string formId) => _forms.GetOrAdd(formId, _ => new Counters());

    private sealed class Counters
    {
        public long Submitted;
        public long Invalid;
        public long Honeypot;
    }
}
