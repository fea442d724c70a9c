namespace Switchboard.Server.Tests;

/// <summary>Configurations for the follow-up automation tests.</summary>
public static class FollowUpConfigs
{
    private static readonly string Reps = """
        {"id":"kim","name":"김민지","email":"kim@example.kr","timeZone":"Asia/Seoul","managerId":"lee"},
        {"id":"sato","name":"佐藤 花子","email":"sato@example.jp","timeZone":"Asia/Tokyo","managerId":"lee"},
        {"id":"mueller","name":"Jonas Müller","email":"mueller@example.de","timeZone":"Europe/Berlin","managerId":"lee"},
        {"id":"lee","name":"이도윤","email":"lee@example.kr","role":"manager","timeZone":"Asia/Seoul"}
        """;

    /// <summary>Every lead goes round robin to kim, sato, mueller; the actions given are appended after the assign.</summary>
    public static string Inbound(string extraActions = "", string poolExtras = "", string strategy = "round_robin", string lists = "[]") => $$"""
        {"settings":{"fallbackPool":null,"dedupe":"merge"},
         "reps":[{{Reps}}],
         "lists":{{lists}},
         "pools":[{"id":"inbound","name":"Inbound","strategy":"{{strategy}}",
                   "members":[{"repId":"kim"},{"repId":"sato"},{"repId":"mueller"}]{{poolExtras}}}],
         "workflows":[{"id":"inbound","name":"Inbound","trigger":{"type":"lead.created"},
                       "actions":[{"type":"assign","pool":"inbound"}{{extraActions}}]}]}
        """;
}
