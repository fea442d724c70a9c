using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;

namespace Switchboard.Application.Work;

/// <summary>
/// What a rep may change of its own record, for the API (a rep key's PUT or PATCH) and the rep's workspace alike:
/// its status, out-of-office periods and working hours; never its capacity, skills, pools or anything else.
/// </summary>
public static class RepSelfService
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(["status", "outOfOffice", "workingHours"], StringComparer.Ordinal);

    /// <summary>The top-level fields (as JSON names them) that differ between the two records outside <paramref name="allowed"/>.</summary>
    public static IReadOnlyList<string> RefusedChanges<T>(T before, T after, IReadOnlySet<string> allowed) where T : class
    {
        var old = JsonSerializer.SerializeToNode(before, EngineJson.Options)!.AsObject();
        var next = JsonSerializer.SerializeToNode(after, EngineJson.Options)!.AsObject();
        return [.. old.Select(p => p.Key).Union(next.Select(p => p.Key))
            .Where(field => !allowed.Contains(field) && !JsonNode.DeepEquals(old[field], next[field]))];
    }

    /// <summary>Why a rep may not make this change, in the words the API answers with.</summary>
    public static string Refusal(IReadOnlySet<string> allowed) => $"a rep may change only its own {string.Join(", ", allowed)}";
}
