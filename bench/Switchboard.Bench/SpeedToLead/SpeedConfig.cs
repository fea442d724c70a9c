namespace Switchboard.Bench.SpeedToLead;

/// <summary>The benchmarks' configuration: N reps, one round-robin pool, one workflow that assigns and then, optionally, runs a follow-up.</summary>
public static class SpeedConfig
{
    public static string Notify(string url) => RoundRobin(7, $$"""{"type":"notify","channel":"webhook","url":"{{url}}","secret":"k"}""");

    public static string Delayed(string url, int delaySeconds) =>
        RoundRobin(7, $$"""{"type":"webhook","url":"{{url}}","secret":"k","delay":"PT{{delaySeconds}}S"}""");

    /// <summary>The rep ids of <see cref="RoundRobin"/> with <paramref name="count"/> reps: r1, r2, ….</summary>
    public static string[] RepIds(int count) => [.. Enumerable.Range(1, count).Select(i => $"r{i}")];

    /// <param name="followUp">An action run after the assignment (JSON), or null for none.</param>
    public static string RoundRobin(int repCount, string? followUp)
    {
        var ids = RepIds(repCount);
        var reps = string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"Rep {{id}}","timeZone":"Asia/Tokyo","capacity":{"maxOpen":1000000} }"""));
        var members = string.Join(",", ids.Select(id => $$"""{"repId":"{{id}}"}"""));
        var actions = """{"type":"assign","pool":"inbound"}""" + (followUp is null ? "" : "," + followUp);
        return $$"""
            {"settings":{"fallbackPool":null,"dedupe":"merge"},
             "reps":[{{reps}}],
             "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{{members}}],
                       "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},"whenNoneEligible":"unassigned"}],
             "workflows":[{"id":"speed","name":"Assign, then follow up","trigger":{"type":"lead.created"},
                           "actions":[{{actions}}]}]}
            """;
    }
}
