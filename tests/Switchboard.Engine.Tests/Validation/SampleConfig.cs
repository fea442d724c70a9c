using System.Text.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Tests.Validation;

/// <summary>A valid configuration document in SPEC's shape that tests change one thing in.</summary>
internal static class SampleConfig
{
    public const string Document = """
        {"version":7,"settings":{"fallbackPool":"managers","dedupe":"merge"},
         "reps":[
           {"id":"kim","name":"김민지","role":"rep","timeZone":"Asia/Seoul","status":"online","managerId":"lee",
            "workingHours":{"mon":[["09:00","12:00"],["13:00","18:00"]],"fri":[["20:00","24:00"]]},
            "outOfOffice":[{"from":"2026-12-24T00:00:00Z","to":"2026-12-27T00:00:00Z"}],
            "capacity":{"maxOpen":50,"perDay":20,"perWeek":0}},
           {"id":"sato","name":"佐藤","role":"rep","timeZone":"Asia/Tokyo","status":"away","managerId":"lee"},
           {"id":"lee","name":"이수진","role":"manager","timeZone":"Europe/Berlin","status":"offline"},
           {"id":"mueller","name":"Jonas Müller","role":"admin","timeZone":"UTC","active":false}],
         "pools":[
           {"id":"inbound","strategy":"weighted_round_robin",
            "members":[{"repId":"kim","weight":2},{"repId":"sato","weight":0}],
            "eligibility":{"requireAvailable":true,"matchSkills":["region","language"]},
            "whenNoneEligible":"overflow","overflowPool":"managers"},
           {"id":"managers","strategy":"round_robin","members":[{"repId":"lee"}],"whenNoneEligible":"queue"}],
         "workflows":[
           {"id":"hokkaido","priority":10,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"},{"field":"fields.導入検討時期","op":"eq","value":"3カ月以内"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"updates","trigger":{"type":"lead.updated","fields":["region"]},
            "actions":[{"type":"set_stage","stage":"MQL"}]}],
         "scoring":{"halfLife":"P30D"}}
        """;

    public static RoutingConfig Valid => JsonSerializer.Deserialize<RoutingConfig>(Document, JsonSerializerOptions.Web)!;

    public static IReadOnlyList<ValidationError> Errors(RoutingConfig config) => ConfigValidator.Validate(config);

    public static RoutingConfig WithRep(int index, Func<Rep, Rep> change)
    {
        var config = Valid;
        config.Reps[index] = change(config.Reps[index]);
        return config;
    }

    public static RoutingConfig WithPool(int index, Func<Pool, Pool> change)
    {
        var config = Valid;
        config.Pools[index] = change(config.Pools[index]);
        return config;
    }

    public static RoutingConfig WithWorkflow(int index, Func<Workflow, Workflow> change)
    {
        var config = Valid;
        config.Workflows[index] = change(config.Workflows[index]);
        return config;
    }

    /// <summary>Asserts that exactly one error was reported, at <paramref name="path"/>, and returns it.</summary>
    public static ValidationError SingleAt(RoutingConfig config, string path)
    {
        var error = Assert.Single(Errors(config));
        Assert.Equal(path, error.Path);
        return error;
    }
}
