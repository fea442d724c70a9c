using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// Speed to lead's leads held as columns while the store's blocks stream by (a million leads: two spans and four small
/// group numbers each, no per-lead objects), then each span's exact percentiles for every group from one sort: the spans
/// are sorted once with the lead they belong to, and a walk in that order counts each group's spans and notes the span
/// at each of its nearest ranks (<see cref="Spans"/>). The same figures as sorting each group's spans apart, for two
/// sorts in all. Tables read from parts of the period (in parallel) are put together with <see cref="Merge"/> first.
/// </summary>
internal sealed class SpeedTable
{
    /// <summary>The groupings, in this order: rep (the owner), pool, source, day; overall is every lead.</summary>
    public const int Rep = 0, Pool = 1, Source = 2, Day = 3, Dimensions = 4;
    private const int None = ReportLeadBlock.NoName;

    /// <summary>Each dimension's group names: rep, pool and source are the read's (its blocks number them), day is the table's own.</summary>
    private readonly IReadOnlyList<string>[] _names;
    private readonly GroupNames?[] _own = [null, null, null, new GroupNames()];
    private readonly Func<long, string> _dayOf;
    private int _count, _assigned, _touched;
    private int[] _groups = new int[Dimensions * ReportLeadBlock.Capacity];   // a lead's four group numbers side by side
    private bool[] _untouched = new bool[ReportLeadBlock.Capacity];
    private long[] _toAssigned = new long[ReportLeadBlock.Capacity], _toTouch = new long[ReportLeadBlock.Capacity];
    private int[] _assignedLead = new int[ReportLeadBlock.Capacity], _touchedLead = new int[ReportLeadBlock.Capacity];
    private (long From, long To, int Day) _quarter = (1, 0, None);

    public SpeedTable(Func<long, string> dayOf)
    {
        _dayOf = dayOf;
        _names = [Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), _own[Day]!.All];
    }

    public void Add(ReportLeadBlock block)
    {
        (_names[Rep], _names[Pool], _names[Source]) = (block.Owners, block.Pools, block.Sources);
        Reserve(block.Count, block.Count, block.Count);
        ReadOnlySpan<long> created = block.CreatedAt, assignedAt = block.AssignedAt, touchedAt = block.FirstTouchAt;
        ReadOnlySpan<int> owners = block.OwnerOf, pools = block.PoolOf, sources = block.SourceOf;
        var isAssigned = block.IsAssigned;
        for (var i = 0; i < block.Count; i++)
        {
            var row = _count++;
            var at = row * Dimensions;
            (_groups[at + Rep], _groups[at + Pool], _groups[at + Source], _groups[at + Day]) = (owners[i], pools[i], sources[i], DayOf(created[i]));
            if (assignedAt[i] is var assigned && assigned == ReportLeadBlock.NoTime) continue;
            _toAssigned[_assigned] = Math.Max(0, assigned - created[i]);
            _assignedLead[_assigned++] = row;
            // A touch before the current assignment was an earlier owner's: it is not this assignment's first touch.
            if (touchedAt[i] is var touched && touched != ReportLeadBlock.NoTime)
            {
                if (touched < assigned) continue;
                _toTouch[_touched] = touched - assigned;
                _touchedLead[_touched++] = row;
            }
            else _untouched[row] = owners[i] != None && isAssigned[i];
        }
    }

    /// <summary>Room for this many more leads, assignments and touches.</summary>
    private void Reserve(int leads, int assigned, int touched)
    {
        if (_count + leads > _untouched.Length)
        {
            var size = Math.Max(_count + leads, _untouched.Length * 2);
            Array.Resize(ref _untouched, size);
            Array.Resize(ref _groups, size * Dimensions);
        }
        if (_assigned + assigned > _toAssigned.Length)
        {
            var size = Math.Max(_assigned + assigned, _toAssigned.Length * 2);
            Array.Resize(ref _toAssigned, size);
            Array.Resize(ref _assignedLead, size);
        }
        if (_touched + touched > _toTouch.Length)
        {
            var size = Math.Max(_touched + touched, _toTouch.Length * 2);
            Array.Resize(ref _toTouch, size);
            Array.Resize(ref _touchedLead, size);
        }
    }

    /// <summary>The day of creation: leads come in created order, so it is worked out once per quarter hour (every zone's days start on one).</summary>
    private int DayOf(long ticks)
    {
        if (ticks >= _quarter.From && ticks < _quarter.To) return _quarter.Day;
        var from = ticks - (ticks % (TimeSpan.TicksPerMinute * 15));
        _quarter = (from, from + TimeSpan.TicksPerMinute * 15, _own[Day]!.Of(_dayOf(from)));
        return _quarter.Day;
    }

    /// <summary>The leads of <paramref name="parts"/> in one table, their groups renumbered by name.</summary>
    public static SpeedTable Merge(IReadOnlyList<SpeedTable> parts)
    {
        if (parts.Count == 1) return parts[0];
        var merged = new SpeedTable(parts[0]._dayOf);
        for (var d = 0; d < Dimensions; d++)
        {
            merged._own[d] ??= new GroupNames();
            merged._names[d] = merged._own[d]!.All;
        }
        foreach (var part in parts)
        {
            var numbers = Enumerable.Range(0, Dimensions).Select(d => part._names[d].Select(merged._own[d]!.Of).ToArray()).ToArray();
            var (leads, assigned, touched) = (merged._count, merged._assigned, merged._touched);
            merged.Reserve(part._count, part._assigned, part._touched);
            for (var row = 0; row < part._count; row++)
                for (var d = 0; d < Dimensions; d++)
                    merged._groups[(leads + row) * Dimensions + d] = part._groups[row * Dimensions + d] is var g and not None ? numbers[d][g] : None;
            Array.Copy(part._untouched, 0, merged._untouched, leads, part._count);
            Array.Copy(part._toAssigned, 0, merged._toAssigned, assigned, part._assigned);
            Array.Copy(part._toTouch, 0, merged._toTouch, touched, part._touched);
            for (var k = 0; k < part._assigned; k++) merged._assignedLead[assigned + k] = leads + part._assignedLead[k];
            for (var k = 0; k < part._touched; k++) merged._touchedLead[touched + k] = leads + part._touchedLead[k];
            (merged._count, merged._assigned, merged._touched) = (leads + part._count, assigned + part._assigned, touched + part._touched);
        }
        return merged;
    }

    /// <summary>Every lead's figures, and every group's per dimension, by name (ordinal).</summary>
    public (SpeedGroup Overall, IReadOnlyList<SpeedGroup>[] ByDimension) Groups()
    {
        var leads = new long[Dimensions][];
        var untouched = new long[Dimensions][];
        long allUntouched = 0;
        (Spans Overall, Spans[][] Groups) toAssigned = (Spans.None, []), toTouch = (Spans.None, []);
        Parallel.Invoke(
            () => toAssigned = Percentiles(_toAssigned, _assignedLead, _assigned),
            () => toTouch = Percentiles(_toTouch, _touchedLead, _touched),
            () => allUntouched = CountLeads(leads, untouched));
        var overall = new SpeedGroup("all", _count, toAssigned.Overall, toTouch.Overall, allUntouched);
        var byDimension = new IReadOnlyList<SpeedGroup>[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var dimension = d;
            byDimension[d] = [.. _names[d].Select((name, g) => new SpeedGroup(name, leads[dimension][g], toAssigned.Groups[dimension][g], toTouch.Groups[dimension][g], untouched[dimension][g]))
                .OrderBy(group => group.Key, StringComparer.Ordinal)];
        }
        return (overall, byDimension);
    }

    /// <summary>Each group's leads and untouched leads; returns the untouched leads in all.</summary>
    private long CountLeads(long[][] leads, long[][] untouched)
    {
        for (var d = 0; d < Dimensions; d++) (leads[d], untouched[d]) = (new long[_names[d].Count], new long[_names[d].Count]);
        long all = 0;
        for (var row = 0; row < _count; row++)
        {
            var pending = _untouched[row];
            if (pending) all++;
            for (var d = 0; d < Dimensions; d++)
                if (_groups[row * Dimensions + d] is var g and not None)
                {
                    leads[d][g]++;
                    if (pending) untouched[d][g]++;
                }
        }
        return all;
    }

    /// <summary>One span's figures overall and per group: one sort of the spans with their leads, then the walk.</summary>
    private (Spans Overall, Spans[][] Groups) Percentiles(long[] spans, int[] leads, int count)
    {
        var keys = spans[..count];
        var rows = leads[..count];
        Array.Sort(keys, rows);
        var counts = new long[Dimensions][];
        var seen = new long[Dimensions][];
        var ranks = new (long P50, long P90, long P99, long[] At)[Dimensions][];
        for (var d = 0; d < Dimensions; d++)
        {
            counts[d] = new long[_names[d].Count];
            seen[d] = new long[counts[d].Length];
        }
        foreach (var row in rows)
            for (var d = 0; d < Dimensions; d++)
                if (_groups[row * Dimensions + d] is var g and not None) counts[d][g]++;
        for (var d = 0; d < Dimensions; d++)
            ranks[d] = [.. counts[d].Select(n => (Rank(50, n), Rank(90, n), Rank(99, n), new long[3]))];
        for (var k = 0; k < keys.Length; k++)
            for (var d = 0; d < Dimensions; d++)
            {
                if (_groups[rows[k] * Dimensions + d] is not (var g and not None)) continue;
                var at = ++seen[d][g];
                var rank = ranks[d][g];
                if (at == rank.P50) rank.At[0] = keys[k];
                if (at == rank.P90) rank.At[1] = keys[k];
                if (at == rank.P99) rank.At[2] = keys[k];
            }
        var overall = keys.Length == 0
            ? Spans.None
            : Spans.Of(keys.Length, keys[Rank(50, keys.Length) - 1], keys[Rank(90, keys.Length) - 1], keys[Rank(99, keys.Length) - 1]);
        return (overall, [.. Enumerable.Range(0, Dimensions).Select(d => counts[d].Select((n, g) =>
            n == 0 ? Spans.None : Spans.Of(n, ranks[d][g].At[0], ranks[d][g].At[1], ranks[d][g].At[2])).ToArray())]);
    }

    /// <summary>The nearest rank (1-based) of <paramref name="percent"/> among <paramref name="count"/> spans, as <see cref="Spans"/> takes it.</summary>
    private static int Rank(int percent, long count) => (int)Math.Ceiling(percent / 100.0 * count);

    /// <summary>A dimension's group names, numbered in order of first appearance.</summary>
    private sealed class GroupNames
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        public List<string> All { get; } = [];

        public int Of(string name)
        {
            if (_numbers.TryGetValue(name, out var number)) return number;
            _numbers[name] = number = All.Count;
            All.Add(name);
            return number;
        }
    }
}
