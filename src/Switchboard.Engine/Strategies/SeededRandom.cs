using System.Text;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014) seeded with the 64-bit FNV-1a hash of the lead id's UTF-8 bytes. Both are
/// written out here rather than taken from .NET, whose string hashes differ per process and whose <see cref="Random"/>
/// may change between versions: a lead id draws the same numbers in any process on any .NET version.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private ulong _state = seed;

    public static SeededRandom ForLead(string leadId)
    {
        var hash = FnvOffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(leadId))
        {
            hash ^= b;
            hash *= FnvPrime;
        }
        return new SeededRandom(hash);
    }

    /// <summary>A number in [0, 1) from the top 53 bits of the next output.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
