using System.Globalization;
using System.Text;

namespace Switchboard.Engine.Strategies;

/// <summary>
/// weighted_random (Odoo's assignment): one eligible member drawn with probability proportional to its weight, from
/// the lead's seeded random source (<see cref="StrategyContext.Random"/>), so the same lead id always gets the same
/// member while the pool and eligibility are the same. Members with weight 0 are never drawn. Keeps no rotation state.
/// </summary>
internal sealed class WeightedRandomStrategy : IStrategy
{
    public static readonly WeightedRandomStrategy Instance = new();

    private WeightedRandomStrategy() { }

    public string Name => "weighted_random";
    public bool UsesWeights => true;

    public StrategyPick? Pick(StrategyContext context)
    {
        var candidates = context.Candidates;
        long total = 0;
        PoolCandidate? last = null;
        foreach (var candidate in candidates)
        {
            if (!Drawable(candidate)) continue;
            total += candidate.Member.Weight;
            last = candidate;
        }
        if (last is null) return null;

        var draw = context.Random.NextDouble();
        var ticket = draw * total;
        long upTo = 0;
        // The last drawable member also takes a ticket that rounding puts at the total itself.
        var chosen = last;
        foreach (var candidate in candidates)
        {
            if (!Drawable(candidate)) continue;
            upTo += candidate.Member.Weight;
            if (ticket < upTo)
            {
                chosen = candidate;
                break;
            }
        }
        return context.Picked(chosen.RepId, Why(candidates, draw, chosen));
    }

    private static bool Drawable(PoolCandidate candidate) => candidate.Eligible && candidate.Member.Weight > 0;

    /// <summary>"weighted random among A(3), B(1): drew 0.61 → A": the drawable members with their weights, the draw in [0, 1), the pick.</summary>
    private static string Why(IReadOnlyList<PoolCandidate> candidates, double draw, PoolCandidate chosen)
    {
        var why = new StringBuilder("weighted random among ");
        var first = true;
        foreach (var candidate in candidates)
        {
            if (!Drawable(candidate)) continue;
            if (!first) why.Append(", ");
            why.Append(CultureInfo.InvariantCulture, $"{candidate.RepId}({candidate.Member.Weight})");
            first = false;
        }
        return why.Append(CultureInfo.InvariantCulture, $": drew {draw:0.00} → {chosen.RepId}").ToString();
    }
}
