using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>
/// Speed to lead's leads held as columns while they stream by (a million leads: two spans and four small group numbers
/// each, no per-lead objects), then each span's exact percentiles for every group from one sort: the spans are sorted
/// once with the lead they belong to, and a walk in that order counts each group's spans and notes the span at each of its
/// nearest ranks (<see cref="Spans"/>). The same figures as sorting each group's spans apart, for two sorts in all.
/// </summary>
internal sealed class SpeedTable(Func<long, string> dayOf)
{
    /// <summary>The groupings, in this order: rep (the owner), pool, source, day; overall is every lead.</summary>
    public const int Rep = 0, Pool = 1, Source = 2, Day = 3, Dimensions = 4;
    private const int None = -1;

    private readonly GroupNames[] _names = [new(), new(), new(), new()];
    private readonly List<long> _toAssigned = [];
    private readonly List<int> _assignedLead = [];
    private readonly List<long> _toTouch = [];
    private readonly List<int> _touchedLead = [];
    private readonly List<int>[] _group = [[], [], [], []];
    private readonly List<long>[] _leads = [[], [], [], []];
    private readonly List<long>[] _untouched = [[], [], [], []];
    private long _allLeads, _allUntouched;
    private (long From, long To, int Day) _quarter = (1, 0, None);

    public void Add(ReportLead lead)
    {
        var row = _group[0].Count;
        Place(Rep, lead.OwnerId is { } owner ? _names[Rep].Of(owner) : None);
        Place(Pool, lead.PoolId is { } pool ? _names[Pool].Of(pool) : None);
        Place(Source, _names[Source].Of(lead.Source ?? ""));
        Place(Day, DayOf(lead.CreatedAt));
        _allLeads++;
        if (lead.AssignedAt is not { } assigned) return;
        _toAssigned.Add(Math.Max(0, assigned - lead.CreatedAt));
        _assignedLead.Add(row);
        // A touch before the current assignment was an earlier owner's: it is not this assignment's first touch.
        if (lead.FirstTouchAt is { } touched)
        {
            if (touched < assigned) return;
            _toTouch.Add(touched - assigned);
            _touchedLead.Add(row);
        }
        else if (lead.OwnerId is not null && lead.Status == Engine.Model.LeadStatus.Assigned)
        {
            _allUntouched++;
            for (var d = 0; d < Dimensions; d++)
                if (_group[d][row] is var g and not None) _untouched[d][g]++;
        }
    }

    private void Place(int dimension, int group)
    {
        _group[dimension].Add(group);
        if (group == None) return;
        while (_leads[dimension].Count <= group) { _leads[dimension].Add(0); _untouched[dimension].Add(0); }
        _leads[dimension][group]++;
    }

    /// <summary>The day of creation: leads come in created order, so it is worked out once per quarter hour (every zone's days start on one).</summary>
    private int DayOf(long ticks)
    {
        if (ticks >= _quarter.From && ticks < _quarter.To) return _quarter.Day;
        var from = ticks - (ticks % (TimeSpan.TicksPerMinute * 15));
        _quarter = (from, from + TimeSpan.TicksPerMinute * 15, _names[Day].Of(dayOf(from)));
        return _quarter.Day;
    }

    /// <summary>Every lead's figures, and every group's per dimension, by name (ordinal).</summary>
    public (SpeedGroup Overall, IReadOnlyList<SpeedGroup>[] ByDimension) Groups()
    {
        var groups = _group.Select(column => column.ToArray()).ToArray();
        var toAssigned = Percentiles(_toAssigned, _assignedLead, groups);
        var toTouch = Percentiles(_toTouch, _touchedLead, groups);
        var overall = new SpeedGroup("all", _allLeads, toAssigned.Overall, toTouch.Overall, _allUntouched);
        var byDimension = new IReadOnlyList<SpeedGroup>[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var dimension = d;
            byDimension[d] = [.. _names[d].All.Select((name, g) => new SpeedGroup(name, _leads[dimension][g], toAssigned.Groups[dimension][g], toTouch.Groups[dimension][g], _untouched[dimension][g]))
                .OrderBy(group => group.Key, StringComparer.Ordinal)];
        }
        return (overall, byDimension);
    }

    /// <summary>One span's figures overall and per group: one sort of the spans with their leads, then the walk.</summary>
    private (Spans Overall, Spans[][] Groups) Percentiles(List<long> spans, List<int> leads, int[][] groups)
    {
        var keys = spans.ToArray();
        var rows = leads.ToArray();
        Array.Sort(keys, rows);
        var counts = new long[Dimensions][];
        var seen = new long[Dimensions][];
        var ranks = new (long P50, long P90, long P99, long[] At)[Dimensions][];
        for (var d = 0; d < Dimensions; d++)
        {
            counts[d] = new long[_names[d].All.Count];
            seen[d] = new long[counts[d].Length];
        }
        foreach (var row in rows)
            for (var d = 0; d < Dimensions; d++)
                if (groups[d][row] is var g and not None) counts[d][g]++;
        for (var d = 0; d < Dimensions; d++)
            ranks[d] = [.. counts[d].Select(n => (Rank(50, n), Rank(90, n), Rank(99, n), new long[3]))];
        for (var k = 0; k < keys.Length; k++)
            for (var d = 0; d < Dimensions; d++)
            {
                if (groups[d][rows[k]] is not (var g and not None)) continue;
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
