using System.Text.Json.Nodes;
using static Switchboard.Bench.ConditionJson;

namespace Switchboard.Bench;

/// <summary>
/// 50 lead.created workflows built from families of realistic rules (territories, enterprise, purchase timeframe,
/// email domains, partners, industries, products, tagging) with seeded parameters, in shuffled priority order.
/// Each rule matches only a few percent of the reference leads, so most leads walk most workflows.
/// </summary>
internal static class ReferenceWorkflows
{
    public static readonly string[] SetFieldTargets = ["fields.優先度", "fields.業種区分"];

    private sealed record Rule(string Name, JsonNode Conditions, JsonNode[] Actions, bool Tagging = false, JsonObject? Trigger = null);

    private static readonly (string Region, string Pool)[] Territories =
    [
        ("北海道", "jp-hokkaido"), ("東京都", "jp-kanto"), ("神奈川県", "jp-kanto"), ("大阪府", "jp-kansai"), ("京都府", "jp-kansai"),
        ("서울특별시", "kr-seoul"), ("경기도", "kr-seoul"), ("부산광역시", "kr-busan"), ("대구광역시", "kr-busan"),
        ("Bayern", "de-sued"), ("Baden-Württemberg", "de-sued"), ("Hamburg", "de-nord"), ("Nordrhein-Westfalen", "de-nord"),
    ];

    private static readonly string[] Manufacturing = ["manufacturing", "製造業", "제조업", "Maschinenbau"];

    public static List<JsonObject> Generate(Random random)
    {
        var rules = new List<Rule>();
        foreach (var (region, pool) in Territories.Take(10)) rules.Add(Territory(random, region, pool));
        foreach (var market in ReferenceData.Markets) rules.Add(Enterprise(random, market));
        for (var i = 0; i < 3; i++) rules.Add(HotTimeframe(random));
        for (var i = 0; i < 3; i++) rules.Add(BigBrand(random));
        for (var i = 0; i < 2; i++) rules.Add(FreeMailSmb(random));
        for (var i = 0; i < 2; i++) rules.Add(Partner(random));
        for (var i = 0; i < 4; i++) rules.Add(ManufacturingRule(random));
        for (var i = 0; i < 4; i++) rules.Add(Product(random, i % 2 == 0 ? "Analytics" : "Cloud Suite"));
        for (var i = 0; i < 3; i++) rules.Add(GermanSouth(random));
        for (var i = 0; i < 2; i++) rules.Add(OutsideAsia(random));
        for (var i = 0; i < 3; i++) rules.Add(SeoulFinance(random));
        for (var i = 0; i < 3; i++) rules.Add(IndustryTag(random));
        for (var i = 0; i < 2; i++) rules.Add(Nurture(random));
        for (var i = 0; i < 2; i++) rules.Add(HugeDeal(random));
        for (var i = 0; i < 2; i++) rules.Add(TradeShow(random));
        for (var i = 0; i < 2; i++) rules.Add(KoreanWebsite(random));
        if (rules.Count != 50) throw new InvalidOperationException($"expected 50 workflows, built {rules.Count}");

        return [.. random.Sample(rules, rules.Count).Select((rule, index) => new JsonObject
        {
            ["id"] = $"wf-{index + 1:D2}",
            ["name"] = rule.Name,
            ["priority"] = (index + 1) * 10,
            ["enabled"] = true,
            ["stopOnMatch"] = !rule.Tagging && !random.Chance(0.1),
            ["trigger"] = rule.Trigger ?? new JsonObject { ["type"] = "lead.created" },
            ["conditions"] = rule.Conditions,
            ["actions"] = new JsonArray(rule.Actions),
        })];
    }

    private static Rule Territory(Random random, string region, string pool)
    {
        var market = ReferenceData.Markets.First(m => m.Regions.Any(r => r.Region == region));
        JsonNode narrowing = random.Next(3) switch
        {
            0 => Leaf("employees", "between", Numbers(random.Next(10, 100), random.Next(300, 3000))),
            1 => Leaf("industry", "in", Texts(random.Sample(market.Industries, 3))),
            _ => Leaf("fields.導入検討時期", "eq", "3カ月以内"),
        };
        return new($"{region} territory", All(
            Leaf("region", "contains", region),
            Leaf("country", "in", Texts(market.CountryNames)),
            narrowing), [AssignPool(pool)]);
    }

    private static Rule Enterprise(Random random, Market market) => new($"{market.Code} enterprise", All(
        Leaf("employees", "gte", random.Next(1000, 3000)),
        Any([.. market.Titles.Take(2).Append("CEO").Select(t => Leaf("title", "contains", t))]),
        Leaf("country", "in", Texts(market.CountryNames))), [AssignPool($"{market.Code}-enterprise"), SetStage("MQL")]);

    private static Rule HotTimeframe(Random random) => new("導入検討 3カ月以内 (hot)", All(
        Leaf("fields.導入検討時期", "eq", "3カ月以内"),
        Leaf("dealSize", "gte", random.Next(20, 60) * 1_000_000),
        Not(Leaf("source", "in", Texts(["partner", "referral"])))), [SetField("fields.優先度", "高"), SetStage("MQL")], Tagging: true);

    private static Rule BigBrand(Random random)
    {
        var brands = string.Join("|", random.Sample(ReferenceData.BigBrands, 3));
        var market = random.Pick(ReferenceData.Markets);
        var action = random.Chance(0.5) ? AssignRep($"{market.Code}-00{random.Next(1, 4)}") : AssignPool($"{market.Code}-enterprise");
        return new($"named accounts ({brands})", Leaf("email", "regex", $@"@({brands})\.(co\.jp|co\.kr|de|com)$"), [action]);
    }

    private static Rule FreeMailSmb(Random random) => new("free-mail SMB", All(
        Leaf("email", "regex", @"@(gmail\.com|naver\.com|daum\.net|yahoo\.co\.jp|gmx\.de)$"),
        Leaf("employees", "lt", random.Next(5, 20))), [AssignPool("smb-fast")]);

    private static Rule Partner(Random random) => new("partner referrals", All(
        Leaf("source", "eq", "partner"),
        Leaf("fields.紹介コード", "exists", null),
        Leaf("dealSize", "gt", random.Next(1, 10) * 1_000_000)), [AssignPool("partners")]);

    private static Rule ManufacturingRule(Random random) => new("製造業 / 제조업 / Maschinenbau", All(
        Leaf("industry", "in", Texts(random.Sample(Manufacturing, 2))),
        Leaf("fields.従業員規模", "contains", random.Pick(new[] { "100-999人", "1000人以上" })),
        Leaf("dealSize", "between", Numbers(random.Next(1, 5) * 1_000_000, random.Next(10, 40) * 1_000_000))), [AssignPool("manufacturing")]);

    private static Rule Product(Random random, string product) => new($"{product} interest", All(
        Leaf("productInterest", "in", Texts([product])),
        Leaf("country", "in", Texts(random.Pick(ReferenceData.Markets).CountryNames)),
        Leaf("employees", "gte", random.Next(50, 500))), [AssignPool(product == "Analytics" ? "product-analytics" : "product-cloud")]);

    private static Rule GermanSouth(Random random) => new("Süddeutschland GmbH", All(
        Leaf("company", "ends_with", random.Pick(new[] { "GmbH", "AG" })),
        Leaf("phone", "starts_with", "+49"),
        Leaf("city", "in", Texts(random.Sample(new[] { "München", "Nürnberg", "Stuttgart", "Augsburg" }, 2)))), [AssignPool("de-sued")]);

    private static Rule OutsideAsia(Random random) => new("Kaufabsicht hoch außerhalb Asiens", All(
        Not(Any(Leaf("country", "in", Texts(ReferenceData.Japan.CountryNames)), Leaf("country", "in", Texts(ReferenceData.Korea.CountryNames)))),
        Leaf("website", "ends_with", ".de"),
        Leaf("fields.Kaufabsicht", "eq", "hoch"),
        Leaf("employees", "gt", random.Next(200, 800))), [AssignPool("de-enterprise")]);

    private static Rule SeoulFinance(Random random) => new("서울 금융·IT", All(
        Leaf("region", "eq", random.Pick(new[] { "서울특별시", "경기도" })),
        Leaf("industry", "in", Texts(["금융", "정보통신업", "IT"])),
        Any(Leaf("title", "contains", "팀장"), Leaf("title", "contains", "대표"))), [AssignPool("kr-seoul")]);

    private static Rule IndustryTag(Random random) => new("業種区分: manufacturing", Any(
        [.. random.Sample(Manufacturing, 3).Select(i => Leaf("industry", "eq", i))]),
        [SetField("fields.業種区分", "manufacturing")], Tagging: true);

    private static Rule Nurture(Random random) => new("nurture: no timeframe", All(
        Leaf("fields.導入検討時期", "in", Texts(["未定"])),
        Leaf("employees", "lt", random.Next(3, 8)),
        Leaf("source", "not_in", Texts(["partner", "展示会", "Messe"]))), [SetStage("Nurturing"), AssignPool("smb-fast")]);

    private static Rule HugeDeal(Random random) => new("huge deal", All(
        Leaf("dealSize", "gt", random.Next(80, 95) * 1_000_000),
        Not(Leaf("fields.導入検討時期", "eq", "未定"))), [AssignPool("managers")]);

    private static Rule TradeShow(Random random) => new("展示会リード", Any(
        Leaf("fields.導入検討時期", "in", Texts(["3カ月以内", "6カ月以内"])),
        Leaf("employees", "gte", random.Next(5000, 20000))), [AssignPool("jp-general")],
        Trigger: new JsonObject { ["type"] = "lead.created", ["source"] = "展示会" });

    private static Rule KoreanWebsite(Random random) => new("한국 웹사이트", All(
        Leaf("website", "starts_with", "https://www."),
        Leaf("website", "ends_with", ".co.kr"),
        Leaf("employees", "between", Numbers(random.Next(20, 60), random.Next(100, 200))),
        Leaf("fields.導入検討時期", "not_exists", null)), [AssignPool("kr-general")]);
}
