using Quickenshtein;

namespace Switchboard.Engine.Lint;

/// <summary>"Did you mean": the candidates within a few edits of a name (case-insensitive), closest first.</summary>
internal static class Closest
{
    public static IReadOnlyList<string> To(string name, IEnumerable<string> candidates, int max = 3)
    {
        var lower = name.ToLowerInvariant();
        var limit = Math.Max(1, (name.Length + 2) / 3);
        return [.. candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Levenshtein.GetDistance(lower, c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit && c.Name != name)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max).Select(c => c.Name)];
    }
}
