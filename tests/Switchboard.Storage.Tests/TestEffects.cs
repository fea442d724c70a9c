using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

/// <summary>Follow-up effects for the compliance suite, with payloads that must survive storage exactly.</summary>
internal static class TestEffects
{
    public static readonly Duration Lease = Duration.FromSeconds(30);

    public static JsonObject Payload(string note) =>
        new() { ["workflowId"] = "wf-北海道", ["note"] = note, ["emoji"] = "🚀", ["nested"] = new JsonObject { ["n"] = 1.5 } };

    public static TimerRequest Timer(string kind, Instant dueAt, string? leadId = "lead-1", string note = "t") =>
        new(kind, dueAt, leadId, Payload(note));

    public static OutgoingMessage Message(string note = "m", string? leadId = "lead-1") =>
        new(Channels.Webhook, leadId, new JsonObject { ["url"] = "https://hooks.example/ü", ["body"] = Payload(note) });

    public static TaskRequest Todo(string title, string? owner = "rep-a", Instant? dueAt = null) =>
        new(title, owner, dueAt, "lead-1", "wf-1");

    public static MembershipChange Add(string leadId, string target = "seminar-2025", string kind = "list") => new(kind, target, leadId, true);

    public static MembershipChange Remove(string leadId, string target = "seminar-2025", string kind = "list") => new(kind, target, leadId, false);

    public static Effects Of(params object[] items)
    {
        var effects = new Effects();
        foreach (var item in items)
        {
            switch (item)
            {
                case TimerRequest timer: effects.Timers.Add(timer); break;
                case TimerCancel cancel: effects.CancelTimers.Add(cancel); break;
                case OutgoingMessage message: effects.Messages.Add(message); break;
                case TaskRequest task: effects.Tasks.Add(task); break;
                case MembershipChange change: effects.Memberships.Add(change); break;
                case TaskHandover handover: effects.TaskHandovers.Add(handover); break;
                default: throw new ArgumentException($"not an effect: {item}");
            }
        }
        return effects;
    }
}
