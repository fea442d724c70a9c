using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Bench;

/// <summary>
/// The reference configuration of the benchmarks, generated from a seed so every run routes the same
/// organisation: 200 reps in Seoul, Tokyo and Berlin, 20 pools, 50 lead.created workflows and a fallback pool.
/// It is built as the JSON document users PUT, then deserialised with the product's JSON options.
/// </summary>
internal static class ReferenceConfig
{
    public const int DefaultSeed = 20260610;
    public const string FallbackPool = "inbound-general";

    /// <summary>The configuration as a JSON document (what PUT /api/config takes).</summary>
    public static JsonObject Document(int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var reps = ReferenceReps.Generate(random);
        var pools = ReferencePools.Generate(random, reps);
        var workflows = ReferenceWorkflows.Generate(random);
        return new JsonObject
        {
            ["version"] = 1,
            ["settings"] = new JsonObject { ["fallbackPool"] = FallbackPool, ["dedupe"] = "merge" },
            ["reps"] = new JsonArray([.. reps.Select(r => r.Json)]),
            ["pools"] = new JsonArray([.. pools]),
            ["workflows"] = new JsonArray([.. workflows]),
        };
    }

    /// <summary>The deserialised configuration; throws when <see cref="ConfigValidator"/> reports any error.</summary>
    public static RoutingConfig Build(int seed = DefaultSeed)
    {
        var config = Document(seed).Deserialize<RoutingConfig>(EngineJson.Options)
            ?? throw new InvalidOperationException("reference config deserialised to null");
        var errors = ConfigValidator.Validate(config);
        if (errors.Count > 0)
            throw new InvalidOperationException(
                $"reference config has {errors.Count} validation error(s): " + string.Join("; ", errors.Take(10)));
        return config;
    }

    /// <summary>Every lead field a set_field action of the reference workflows writes (the benchmark restores them).</summary>
    public static IReadOnlyList<string> SetFieldTargets => ReferenceWorkflows.SetFieldTargets;
}

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public static List<T> Sample<T>(this Random random, IEnumerable<T> items, int count)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list.GetRange(0, Math.Min(count, list.Count));
    }
}
