namespace Switchboard.Server.Tests;

/// <summary>Configurations used across the API tests, written as a user would PUT them.</summary>
public static class TestConfigs
{
    public static string Reps(params string[] ids) =>
        string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"Rep {{id}}","timeZone":"Asia/Tokyo"}"""));

    /// <summary>Seven reps in one round-robin pool; every lead goes there; Hokkaido goes to sato first.</summary>
    public static readonly string SevenRoundRobin = $$"""
        {"settings":{"fallbackPool":null,"dedupe":"merge"},
         "reps":[{{Reps("r1", "r2", "r3", "r4", "r5", "r6", "r7", "sato")}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin",
                   "members":[{"repId":"r1"},{"repId":"r2"},{"repId":"r3"},{"repId":"r4"},{"repId":"r5"},{"repId":"r6"},{"repId":"r7"}],
                   "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},"whenNoneEligible":"unassigned"}],
         "workflows":[
           {"id":"hokkaido","name":"Hokkaido","priority":10,"enabled":true,"stopOnMatch":true,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"inbound","name":"Everything else","priority":20,"trigger":{"type":"lead.created"},
            "actions":[{"type":"assign","pool":"inbound"}]}]}
        """;
}
