namespace Switchboard.Cli;

/// <summary>
/// The running tally of an import, safe to update from several senders and to read for progress:
/// outcomes, rejection reasons (with example rows) and leads per owner.
/// </summary>
public sealed class ImportReport
{
    private const int ExampleRows = 3;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Reason> _reasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _newLeadOwners = new(StringComparer.Ordinal);
    private long _created, _merged, _replayed, _rejected, _skipped, _unassigned, _bytes;

    public long Created => Interlocked.Read(ref _created);
    public long Merged => Interlocked.Read(ref _merged);
    /// <summary>Already stored: the same externalId, or a chunk sent again after a failed attempt.</summary>
    public long Replayed => Interlocked.Read(ref _replayed);
    public long Rejected => Interlocked.Read(ref _rejected);
    /// <summary>Rows with every mapped cell empty: not sent.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);
    public long Unassigned => Interlocked.Read(ref _unassigned);
    public long Done => Created + Merged + Replayed + Rejected;
    /// <summary>File bytes whose leads have been answered.</summary>
    public long BytesDone => Interlocked.Read(ref _bytes);

    public void Skip() => Interlocked.Increment(ref _skipped);

    /// <summary>A row rejected before sending (dry run).</summary>
    public void Reject(long row, IEnumerable<string> reasons)
    {
        lock (_lock)
        {
            _rejected++;
            foreach (var reason in reasons.Distinct()) Note(reason, row);
        }
    }

    /// <summary>A row that would be sent (dry run).</summary>
    public void Accept()
    {
        lock (_lock) _created++;
    }

    public void Add(LeadChunk chunk, IReadOnlyList<ItemResult> results)
    {
        lock (_lock)
        {
            foreach (var result in results)
            {
                var row = result.Index < chunk.Rows.Count ? chunk.Rows[result.Index] : -1;
                switch (result.Status)
                {
                    case "created": _created++; break;
                    case "merged": _merged++; break;
                    case "replayed": _replayed++; break;
                    default:
                        _rejected++;
                        foreach (var reason in result.Reasons().DefaultIfEmpty(result.Status).Distinct()) Note(reason, row);
                        continue;
                }
                if (result.OwnerId is { } owner)
                {
                    _owners[owner] = _owners.GetValueOrDefault(owner) + 1;
                    if (result.Status == "created") _newLeadOwners[owner] = _newLeadOwners.GetValueOrDefault(owner) + 1;
                }
                else _unassigned++;
            }
            _bytes += chunk.FileBytes;
        }
    }

    public IReadOnlyList<(string Reason, long Count, IReadOnlyList<long> Rows)> TopReasons(int count)
    {
        lock (_lock)
            return [.. _reasons.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Take(count)
                .Select(r => (r.Key, r.Value.Count, (IReadOnlyList<long>)[.. r.Value.Rows]))];
    }

    public int ReasonCount { get { lock (_lock) return _reasons.Count; } }

    /// <summary>Leads per owner of this import's created, merged and replayed leads, most first.</summary>
    public IReadOnlyList<(string Owner, long Count)> Owners()
    {
        lock (_lock)
            return [.. _owners.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value))];
    }

    /// <summary>Owners of the leads this import created (merged rows kept the owner of the lead they joined).</summary>
    public long CreatedFor(string owner)
    {
        lock (_lock) return _newLeadOwners.GetValueOrDefault(owner);
    }

    private void Note(string reason, long row)
    {
        if (!_reasons.TryGetValue(reason, out var entry)) _reasons[reason] = entry = new Reason();
        entry.Count++;
        if (entry.Rows.Count < ExampleRows && row >= 0) entry.Rows.Add(row);
    }

    private sealed class Reason
    {
        public long Count;
        public readonly List<long> Rows = [];
    }
}
