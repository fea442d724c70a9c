namespace Switchboard.Bench.SpeedToLead;

/// <summary>The benchmark's configuration: 7 reps, one round-robin pool, one workflow that assigns and then runs <c>followUp</c>.</summary>
public static class SpeedConfig
{
    public static string Notify(string url) => Json($$"""{"type":"notify","channel":"webhook","url":"{{url}}","secret":"k"}""");

    public static string Delayed(string url, int delaySeconds) =>
        Json($$"""{"type":"webhook","url":"{{url}}","secret":"k","delay":"PT{{delaySeconds}}S"}""");

    private static string Json(string followUp)
    {
        string[] ids = ["r1", "r2", "r3", "r4", "r5", "r6", "r7"];
        var reps = string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"Rep {{id}}","timeZone":"Asia/Tokyo","capacity":{"maxOpen":1000000} }"""));
        var members = string.Join(",", ids.Select(id => $$"""{"repId":"{{id}}"}"""));
        return $$"""
            {"settings":{"fallbackPool":null,"dedupe":"merge"},
             "reps":[{{reps}}],
             "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{{members}}],
                       "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},"whenNoneEligible":"unassigned"}],
             "workflows":[{"id":"speed","name":"Assign, then follow up","trigger":{"type":"lead.created"},
                           "actions":[{"type":"assign","pool":"inbound"},{{followUp}}]}]}
            """;
    }
}
