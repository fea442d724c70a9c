using System.Text.Json.Nodes;

namespace Switchboard.Bench;

/// <summary>
/// 20 pools: territories per market, enterprise teams, product and industry specialists, partners, a fast
/// lane, managers, and the fallback pool. Overflow chains end in a general pool or the managers and never loop.
/// </summary>
internal static class ReferencePools
{
    private const string RR = "round_robin", Wrr = "weighted_round_robin", LL = "least_loaded";

    private sealed record PoolPlan(
        string Id, string Name, string Strategy, Func<RepSpec, bool> Members,
        bool RequireAvailable = false, string[]? MatchSkills = null, string? Overflow = null, bool RespectCapacity = true, int? Size = null);

    private static readonly PoolPlan[] Plans =
    [
        new("jp-hokkaido", "北海道エリア", RR, r => In(r, "jp", "北海道"), RequireAvailable: true, Overflow: "jp-general"),
        new("jp-kanto", "関東エリア", Wrr, r => In(r, "jp", "東京都", "神奈川県"), MatchSkills: ["region"], Overflow: "jp-general"),
        new("jp-kansai", "関西エリア", LL, r => In(r, "jp", "大阪府", "京都府"), RequireAvailable: true, Overflow: "jp-general"),
        new("jp-enterprise", "エンタープライズ営業部", Wrr, r => r.Market.Code == "jp" && r.Level >= 3, RequireAvailable: true, Overflow: "managers"),
        new("jp-general", "国内インサイドセールス", RR, r => r.Market.Code == "jp" && !r.Manager),
        new("kr-seoul", "서울 영업팀", RR, r => In(r, "kr", "서울특별시", "경기도", "인천광역시"), MatchSkills: ["region"], Overflow: "kr-general"),
        new("kr-busan", "부산·경남 영업팀", LL, r => In(r, "kr", "부산광역시", "대구광역시", "대전광역시"), RequireAvailable: true, Overflow: "kr-general"),
        new("kr-enterprise", "엔터프라이즈팀", Wrr, r => r.Market.Code == "kr" && r.Level >= 3, Overflow: "managers"),
        new("kr-general", "인바운드 영업", RR, r => r.Market.Code == "kr" && !r.Manager),
        new("de-sued", "Vertrieb Süd", RR, r => In(r, "de", "Bayern", "Baden-Württemberg"), MatchSkills: ["region"], Overflow: "de-general"),
        new("de-nord", "Vertrieb Nord/West", LL, r => In(r, "de", "Berlin", "Hamburg", "Nordrhein-Westfalen", "Hessen"), RequireAvailable: true, Overflow: "de-general"),
        new("de-enterprise", "Großkunden", Wrr, r => r.Market.Code == "de" && r.Level >= 3, Overflow: "managers"),
        new("de-general", "Inside Sales DACH", RR, r => r.Market.Code == "de" && !r.Manager),
        new("manufacturing", "Manufacturing specialists", LL, r => r.Industries.Any(i => i is "manufacturing" or "製造業" or "제조업" or "Maschinenbau"), MatchSkills: ["industry"], Overflow: FallbackPool),
        new("product-analytics", "Analytics specialists", RR, r => r.Products.Contains("Analytics"), MatchSkills: ["product"], Overflow: FallbackPool),
        new("product-cloud", "Cloud Suite specialists", Wrr, r => r.Products.Contains("Cloud Suite"), MatchSkills: ["product"], Overflow: FallbackPool),
        new("partners", "Partner channel", RR, r => r.Level >= 2 && !r.Manager, RequireAvailable: true, Overflow: "managers"),
        new("smb-fast", "SMB fast lane", LL, r => r.Level <= 2, RequireAvailable: true, Overflow: FallbackPool),
        new("managers", "Managers", RR, r => r.Manager || r.Level == 4, RespectCapacity: false),
        new(FallbackPool, "Inbound (all markets)", RR, r => !r.Manager, Size: 15),
    ];

    private static string FallbackPool => ReferenceConfig.FallbackPool;

    public static List<JsonObject> Generate(Random random, IReadOnlyList<RepSpec> reps)
    {
        var pools = new List<JsonObject>();
        foreach (var plan in Plans)
        {
            var members = random.Sample(reps.Where(plan.Members), plan.Size ?? random.Next(5, 16));
            if (members.Count < 5) throw new InvalidOperationException($"pool {plan.Id}: only {members.Count} candidate reps");
            var weighted = plan.Strategy == Wrr;
            var eligibility = new JsonObject
            {
                ["requireAvailable"] = plan.RequireAvailable,
                ["respectCapacity"] = plan.RespectCapacity,
                ["matchSkills"] = ReferenceReps.Strings(plan.MatchSkills ?? []),
            };
            pools.Add(new JsonObject
            {
                ["id"] = plan.Id,
                ["name"] = plan.Name,
                ["strategy"] = plan.Strategy,
                ["members"] = new JsonArray([.. members.Select(m => (JsonNode)Member(random, m, weighted))]),
                ["eligibility"] = eligibility,
                ["whenNoneEligible"] = plan.Overflow is null ? "unassigned" : "overflow",
                ["overflowPool"] = plan.Overflow,
            });
        }
        return pools;
    }

    private static JsonObject Member(Random random, RepSpec rep, bool weighted)
    {
        var member = new JsonObject { ["repId"] = rep.Id };
        if (weighted) member["weight"] = random.Chance(0.07) ? 0 : random.Next(1, 5);
        return member;
    }

    private static bool In(RepSpec rep, string market, params string[] regions) =>
        rep.Market.Code == market && rep.Regions.Any(regions.Contains);
}
