using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Lint;

/// <summary>A configuration every lint rule stays quiet on (with <see cref="Facts"/>), that tests change one thing in.</summary>
internal static class LintSample
{
    /// <summary>Saturday 5 December 2026, noon UTC.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 5, 12, 0);

    public const string Document = """
        {"settings":{"fallbackPool":"managers","nurtureList":"nurture"},
         "reps":[
           {"id":"kim","name":"Kim","timeZone":"Asia/Seoul","workingHours":{"mon":[["09:00","18:00"]]},"capacity":{"perDay":20}},
           {"id":"sato","name":"Sato","timeZone":"Asia/Tokyo","capacity":{"perDay":20}},
           {"id":"lee","name":"Lee","role":"manager","timeZone":"Europe/Berlin"}],
         "pools":[
           {"id":"inbound","strategy":"round_robin","members":[{"repId":"kim"},{"repId":"sato"}],
            "eligibility":{"requireAvailable":true},"whenNoneEligible":"overflow","overflowPool":"managers",
            "sla":{"firstTouch":"PT1H"}},
           {"id":"managers","strategy":"round_robin","members":[{"repId":"lee"}],"whenNoneEligible":"queue"}],
         "workflows":[
           {"id":"hokkaido","name":"Hokkaido","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"},{"field":"fields.導入検討時期","op":"eq","value":"3カ月以内"}]},
            "actions":[{"type":"assign","pool":"inbound"},{"type":"add_to_campaign","campaign":"seminar"}]},
           {"id":"big","name":"Big companies","priority":20,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"employees","op":"gte","value":100},{"field":"employees","op":"lt","value":1000}]},
            "actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"demo-form","name":"Demo form","priority":30,"trigger":{"type":"form.submitted","formId":"demo"},
            "actions":[{"type":"add_to_list","list":"demo-requests"}]}],
         "lists":[{"id":"nurture","name":"Nurture"},{"id":"demo-requests","name":"Demo requests"}],
         "campaigns":[{"id":"seminar","name":"Seminar"}],
         "forms":[{"id":"demo","name":"Demo","fields":[{"key":"email","label":"Email","type":"email","mapsTo":"email"}]}]}
        """;

    /// <summary>What stored data says about <see cref="Document"/>: its custom field seen, inbound assigning 10 leads a day, most touched.</summary>
    public static readonly LintFacts Facts = new()
    {
        CustomFieldsSeen = new HashSet<string>(["導入検討時期", "従業員数"], StringComparer.Ordinal),
        LeadsRead = 500,
        Pools = new Dictionary<string, PoolActivity> { ["inbound"] = new(300, 200) },
    };

    public static RoutingConfig Good => Parse(Document);

    /// <summary>The sample with one change made to its JSON.</summary>
    public static RoutingConfig With(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Document)!.AsObject();
        change(document);
        return Parse(document.ToJsonString());
    }

    public static JsonNode Node(string json) => JsonNode.Parse(json)!;

    public static RoutingConfig Parse(string json) => JsonSerializer.Deserialize<RoutingConfig>(json, JsonSerializerOptions.Web)!;

    public static IReadOnlyList<LintFinding> RunLint(RoutingConfig config, LintFacts? facts = null) => ConfigLint.Run(config, facts ?? Facts, Now);

    /// <summary>The findings of one code.</summary>
    public static List<LintFinding> Findings(RoutingConfig config, string code, LintFacts? facts = null) =>
        [.. RunLint(config, facts).Where(f => f.Code == code)];

    /// <summary>Asserts exactly one finding of <paramref name="code"/> and returns it.</summary>
    public static LintFinding Single(RoutingConfig config, string code, LintFacts? facts = null) =>
        Assert.Single(Findings(config, code, facts));
}
