using System.Text.Json.Nodes;

namespace Switchboard.Bench;

/// <summary>
/// Seeded leads for the reference configuration: the 15 standard fields plus custom "fields", in Japanese,
/// Korean and German, with full-width digits, mixed case, numbers as JSON numbers or strings, and list values.
/// </summary>
internal static class ReferenceLeads
{
    private static readonly int[] EmployeeScale = [3, 8, 25, 60, 150, 400, 1200, 5000, 20000];

    /// <summary>Lead documents as they arrive at intake (parse them with JsonNode.Parse to get what the engine sees).</summary>
    public static List<JsonObject> Generate(int count, int seed = ReferenceConfig.DefaultSeed)
    {
        var random = new Random(seed ^ 0x5EED);
        var leads = new List<JsonObject>(count);
        for (var i = 0; i < count; i++) leads.Add(One(random, i));
        return leads;
    }

    private static JsonObject One(Random random, int n)
    {
        var market = random.NextDouble() switch { < 0.45 => ReferenceData.Japan, < 0.75 => ReferenceData.Korea, _ => ReferenceData.Germany };
        var (region, cities) = random.Pick(market.Regions);
        var source = random.Pick(market.Sources);
        var domain = Domain(random, market, n);
        var lead = new JsonObject
        {
            ["email"] = random.Chance(0.02) ? null : Email(random, n, domain),
            ["phone"] = Phone(random, market),
            ["firstName"] = random.Pick(market.GivenNames),
            ["lastName"] = random.Pick(market.FamilyNames),
            ["company"] = Company(random, market),
            ["title"] = random.Pick(market.Titles),
            ["website"] = random.Chance(0.8) ? $"https://www.{domain}" : null,
            ["country"] = random.Pick(market.CountryNames),
            ["region"] = random.Chance(0.1) ? region + random.Pick(cities) : region,
            ["city"] = random.Pick(cities),
            ["industry"] = random.Pick(market.Industries),
            ["employees"] = Employees(random),
            ["dealSize"] = random.Next(1, 1000) * random.Pick(new[] { 1_000, 10_000, 100_000 }),
            ["productInterest"] = ProductInterest(random),
            ["source"] = source,
            ["fields"] = Custom(random, market, source),
        };
        return lead;
    }

    private static string Domain(Random random, Market market, int n) => random.NextDouble() switch
    {
        < 0.15 => random.Pick(ReferenceData.FreeMail),
        < 0.18 => $"{random.Pick(ReferenceData.BigBrands)}.{market.DomainSuffix}",
        _ => $"corp{n % 997}.{market.DomainSuffix}",
    };

    private static string Email(Random random, int n, string domain)
    {
        var email = $"contact{n}@{domain}";
        return random.Chance(0.1) ? email.ToUpperInvariant() : email;
    }

    private static string Phone(Random random, Market market)
    {
        var digits = $"{random.Next(10, 99)}-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}";
        if (market == ReferenceData.Japan && random.Chance(0.3)) return FullWidth("0" + digits);
        return $"{market.PhonePrefix} {digits}";
    }

    private static string Company(Random random, Market market)
    {
        var stem = random.Pick(market.CompanyStems);
        var form = random.Pick(market.CompanyForms);
        return market.Code switch
        {
            "jp" => form.StartsWith("株式", StringComparison.Ordinal) || form == "有限会社" ? form + stem : stem + form,
            "kr" => form.StartsWith('(') || form == "주식회사" ? form + stem : stem + form,
            _ => $"{stem} {random.Pick(new[] { "Maschinenbau", "Logistik", "Software", "Handel" })} {form}",
        };
    }

    private static JsonNode Employees(Random random)
    {
        var count = random.Pick(EmployeeScale) * random.Next(8, 13) / 10;
        return random.NextDouble() switch
        {
            < 0.7 => count,
            < 0.8 => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            < 0.9 => FullWidth(count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => random.Pick(ReferenceData.SizeBands),
        };
    }

    private static JsonNode? ProductInterest(Random random) => random.NextDouble() switch
    {
        < 0.6 => random.Pick(ReferenceData.Products),
        < 0.9 => ReferenceReps.Strings(random.Sample(ReferenceData.Products, random.Next(1, 3))),
        _ => null,
    };

    private static JsonObject Custom(Random random, Market market, string source)
    {
        var fields = new JsonObject();
        if (random.Chance(market == ReferenceData.Japan ? 0.9 : 0.4)) fields["導入検討時期"] = random.Pick(ReferenceData.Timeframes);
        if (random.Chance(0.6)) fields["従業員規模"] = random.Pick(ReferenceData.SizeBands);
        if (random.Chance(source == "partner" ? 0.6 : 0.02)) fields["紹介コード"] = $"P-{random.Next(1000, 9999)}";
        if (market == ReferenceData.Germany && random.Chance(0.8)) fields["Kaufabsicht"] = random.Pick(ReferenceData.Intents);
        if (market == ReferenceData.Korea && random.Chance(0.5)) fields["관심분야"] = random.Pick(new[] { "영업 자동화", "리드 관리", "CRM 연동" });
        return fields;
    }

    /// <summary>ASCII digits and hyphens as their full-width forms (０-９, －), as Japanese forms often send them.</summary>
    public static string FullWidth(string text) =>
        string.Concat(text.Select(c => c switch
        {
            >= '0' and <= '9' => (char)('０' + (c - '0')),
            '-' => '－',
            _ => c,
        }));
}
