namespace Switchboard.Storage;

/// <summary>
/// Up to <see cref="Capacity"/> of the leads speed to lead reads, as columns (no per-lead objects or strings): instants
/// in Unix ticks (<see cref="NoTime"/> for none), the owner, the pool that gave the owner and the source as numbers into
/// the read's name lists (<see cref="NoName"/> for none; a lead without a source has the source ""), and whether the
/// lead's status is <c>assigned</c>. One block is refilled for the whole read: use it only during the callback.
/// </summary>
public sealed class ReportLeadBlock
{
    public const int Capacity = 4096;
    public const long NoTime = long.MinValue;
    public const int NoName = -1;

    private readonly ReportNames _owners = new(), _pools = new(), _sources = new();
    internal readonly long[] Created = new long[Capacity], Assigned = new long[Capacity], Touched = new long[Capacity];
    internal readonly int[] Owner = new int[Capacity], Pool = new int[Capacity], Source = new int[Capacity];
    internal readonly bool[] StatusAssigned = new bool[Capacity];

    internal ReportLeadBlock() { }

    public int Count { get; internal set; }

    public ReadOnlySpan<long> CreatedAt => Created.AsSpan(0, Count);
    public ReadOnlySpan<long> AssignedAt => Assigned.AsSpan(0, Count);
    public ReadOnlySpan<long> FirstTouchAt => Touched.AsSpan(0, Count);
    public ReadOnlySpan<int> OwnerOf => Owner.AsSpan(0, Count);
    public ReadOnlySpan<int> PoolOf => Pool.AsSpan(0, Count);
    public ReadOnlySpan<int> SourceOf => Source.AsSpan(0, Count);
    public ReadOnlySpan<bool> IsAssigned => StatusAssigned.AsSpan(0, Count);

    /// <summary>The read's names so far, numbered in order of first appearance; a number stays the same for the whole read.</summary>
    public IReadOnlyList<string> Owners => _owners.All;
    public IReadOnlyList<string> Pools => _pools.All;
    public IReadOnlyList<string> Sources => _sources.All;

    internal ReportNames OwnerNames => _owners;
    internal ReportNames PoolNames => _pools;
    internal ReportNames SourceNames => _sources;

    /// <summary>Row <paramref name="i"/> as one value (for tests and small reads).</summary>
    public ReportLead this[int i] => new(Created[i], Assigned[i] == NoTime ? null : Assigned[i], Touched[i] == NoTime ? null : Touched[i],
        Owner[i] == NoName ? null : Owners[Owner[i]], Pool[i] == NoName ? null : Pools[Pool[i]], Sources[Source[i]], StatusAssigned[i]);
}

/// <summary>
/// A read's names of one kind, numbered in order of first appearance, looked up by their UTF-8 bytes in a small open
/// addressing table (FNV-1a), so a row's names cost neither a string nor decoding.
/// </summary>
internal sealed class ReportNames
{
    /// <summary>A buffer this long holds any name the readers expect; longer ones are read apart.</summary>
    public const int Longest = 256;
    private int[] _slots = new int[64];   // number + 1; 0 = empty
    private readonly List<byte[]> _keys = [];

    public List<string> All { get; } = [];

    public int OfUtf8(ReadOnlySpan<byte> name)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(Hash(name) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return Add(name, slot);
            if (name.SequenceEqual(_keys[entry - 1])) return entry - 1;
        }
    }

    private int Add(ReadOnlySpan<byte> name, int slot)
    {
        var number = All.Count;
        _keys.Add(name.ToArray());
        All.Add(System.Text.Encoding.UTF8.GetString(name));
        _slots[slot] = number + 1;
        if (_keys.Count * 2 > _slots.Length)
        {
            _slots = new int[_slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var i = 0; i < _keys.Count; i++)
            {
                var at = (int)(Hash(_keys[i]) & (uint)mask);
                while (_slots[at] != 0) at = (at + 1) & mask;
                _slots[at] = i + 1;
            }
        }
        return number;
    }

    private static uint Hash(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
