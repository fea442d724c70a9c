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

/// <summary>A read's names of one kind, numbered in order of first appearance; looked up from characters or UTF-8 bytes without a string per row.</summary>
internal sealed class ReportNames
{
    private const int OnStack = 128;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ReportNames() => _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public List<string> All { get; } = [];

    public int Of(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out var number)) return number;
        var text = name.ToString();
        _numbers[text] = number = All.Count;
        All.Add(text);
        return number;
    }

    public int OfUtf8(ReadOnlySpan<byte> name)
    {
        if (name.Length > OnStack) return Of(System.Text.Encoding.UTF8.GetString(name));
        Span<char> chars = stackalloc char[OnStack];
        return Of(chars[..System.Text.Encoding.UTF8.GetChars(name, chars)]);
    }
}
