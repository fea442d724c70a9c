using System.Text.Json.Nodes;

namespace Switchboard.Bench;

/// <summary>A generated rep: its JSON and what pool membership is chosen by.</summary>
internal sealed record RepSpec(string Id, Market Market, int Level, bool Manager, string[] Regions, string[] Products, string[] Industries, JsonObject Json);

/// <summary>200 reps: 70 in Tokyo, 70 in Seoul, 60 in Berlin; the first three of each market are its managers.</summary>
internal static class ReferenceReps
{
    private static readonly (Market Market, int Count)[] Staffing =
        [(ReferenceData.Japan, 70), (ReferenceData.Korea, 70), (ReferenceData.Germany, 60)];

    public static List<RepSpec> Generate(Random random)
    {
        var reps = new List<RepSpec>();
        foreach (var (market, count) in Staffing)
            for (var n = 1; n <= count; n++)
                reps.Add(One(random, market, n));
        return reps;
    }

    private static RepSpec One(Random random, Market market, int n)
    {
        var id = $"{market.Code}-{n:D3}";
        var manager = n <= 3;
        var level = manager ? 5 : random.Next(1, 5);
        var primary = market.Regions[n % market.Regions.Length].Region;
        string[] regions = random.Chance(0.3) ? [primary, random.Pick(market.Regions).Region] : [primary];
        var products = random.Sample(ReferenceData.Products, random.Next(1, 4)).ToArray();
        var industries = random.Sample(market.Industries, random.Next(1, 4)).ToArray();
        var json = new JsonObject
        {
            ["id"] = id,
            ["name"] = Name(random, market),
            ["email"] = $"{id}@switchboard.example",
            ["role"] = manager ? "manager" : "rep",
            ["active"] = manager || !random.Chance(0.03),
            ["timeZone"] = market.TimeZone,
            ["workingHours"] = WorkingHours(random),
            ["status"] = Status(random),
            ["level"] = level,
            ["skills"] = new JsonObject
            {
                ["region"] = Strings(regions.Distinct()),
                ["product"] = Strings(products),
                ["industry"] = Strings(industries),
                ["language"] = Strings(random.Chance(0.2) ? [market.Language, "en"] : [market.Language]),
            },
            ["capacity"] = Capacity(random),
        };
        if (random.Chance(0.04)) json["outOfOffice"] = Absence("2026-06-08T00:00:00Z", "2026-06-15T00:00:00Z");
        else if (random.Chance(0.1)) json["outOfOffice"] = Absence("2026-05-01T00:00:00Z", "2026-05-06T00:00:00Z");
        if (!manager) json["managerId"] = $"{market.Code}-{random.Next(1, 4):D3}";
        return new RepSpec(id, market, level, manager, [.. regions.Distinct()], products, industries, json);
    }

    private static string Name(Random random, Market market)
    {
        var family = random.Pick(market.FamilyNames);
        var given = random.Pick(market.GivenNames);
        return market.Code == "de" ? $"{given} {family}" : family + given;
    }

    private static JsonNode? WorkingHours(Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.05) return null;
        string[][] ranges = roll switch
        {
            < 0.55 => [["09:00", "18:00"]],
            < 0.75 => [["09:00", "12:00"], ["13:00", "18:00"]],
            < 0.90 => [["08:30", "17:30"]],
            _ => [["10:00", "19:00"]],
        };
        string[] days = roll >= 0.90 ? ["mon", "tue", "wed", "thu", "fri", "sat"] : ["mon", "tue", "wed", "thu", "fri"];
        var week = new JsonObject();
        foreach (var day in days)
            week[day] = new JsonArray([.. ranges.Select(r => (JsonNode)Strings(r))]);
        return week;
    }

    private static string Status(Random random) => random.NextDouble() switch
    {
        < 0.88 => "online",
        < 0.95 => "away",
        _ => "offline",
    };

    private static JsonObject Capacity(Random random) => random.Chance(0.05)
        ? new JsonObject { ["maxOpen"] = random.Next(3, 10), ["perDay"] = random.Next(2, 6) }
        : new JsonObject
        {
            ["maxOpen"] = random.Next(400, 1000),
            ["perDay"] = random.Next(300, 800),
            ["perWeek"] = random.Next(1500, 4000),
        };

    private static JsonArray Absence(string from, string to) => [new JsonObject { ["from"] = from, ["to"] = to }];

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
