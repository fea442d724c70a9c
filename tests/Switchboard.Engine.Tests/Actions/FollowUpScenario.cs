using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;

namespace Switchboard.Engine.Tests.Actions;

/// <summary>One workflow on lead.created with the given actions, reps with and without addresses, lists and a campaign.</summary>
internal static class FollowUpScenario
{
    public const string Reps = """
        {"id":"sato","name":"佐藤 花子","email":"sato@example.jp","timeZone":"Asia/Tokyo","managerId":"lee"},
        {"id":"lee","name":"이수진","email":"lee@example.kr","role":"manager","timeZone":"Asia/Seoul"},
        {"id":"kim","name":"김민지","timeZone":"Asia/Seoul","managerId":"lee"},
        {"id":"park","name":"박서준","email":"park@example.kr","timeZone":"Asia/Seoul","managerId":"kim"}
        """;

    public const string Hanako = """
        {"firstName":"Hanako","lastName":"Yamada","company":"ACME 株式会社","email":"hanako@acme.co.jp",
         "region":"北海道","fields":{"導入検討時期":"3カ月以内"}}
        """;

    public const string AssignSato = """{"type":"assign","rep":"sato"}""";

    public static Scenario With(string actions) => new($$"""
        {"reps":[{{Reps}}],
         "lists":[{"id":"seminar","name":"セミナー参加者"},{"id":"nurture","name":"Re-nurture"}],
         "campaigns":[{"id":"spring","name":"Spring webinar"}],
         "workflows":[{"id":"follow-up","trigger":{"type":"lead.created"},"actions":[{{actions}}]}]}
        """);

    public static string Str(JsonNode? node) => node!.GetValue<string>();

    public static string[] To(OutgoingMessage message) => [.. message.Payload["to"]!.AsArray().Select(n => n!.GetValue<string>())];

    public static Decision Of(Engine.Workflows.Evaluation ev, string action) => ev.Decisions.Single(d => d.Action == action);
}
