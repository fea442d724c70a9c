using NodaTime;

namespace Switchboard.Application.Live;

/// <summary>
/// A compact note that something changed, for open consoles and API clients to refresh what they show (they read the
/// details through the usual reads). <see cref="Kind"/> is one of <see cref="LiveUpdateKinds"/>; <see cref="Seq"/>
/// numbers the notes in the order this process published them.
/// </summary>
public sealed record LiveUpdate(string Kind)
{
    public long Seq { get; init; }
    public Instant At { get; init; }
    public string? LeadId { get; init; }
    /// <summary>The lead's owner after the change (for a task: the task's owner).</summary>
    public string? OwnerId { get; init; }
    /// <summary>The lead's owner before the change, when it changed owner.</summary>
    public string? PreviousOwnerId { get; init; }
    public string? Status { get; init; }
    public string? Stage { get; init; }
    /// <summary>The pool whose queue or claim board the lead is on, or has just left.</summary>
    public string? PoolId { get; init; }
    /// <summary>What a note that is not about a lead names: the task, outbox message or rep id, or the configuration version.</summary>
    public string? ItemId { get; init; }

    public static LiveUpdate Resync(Instant at) => new(LiveUpdateKinds.Resync) { At = at };
}

public static class LiveUpdateKinds
{
    public const string LeadCreated = "lead.created";
    /// <summary>The lead changed owner: assigned, reassigned, claimed, rejected, or taken from its owner.</summary>
    public const string LeadAssigned = "lead.assigned";
    /// <summary>Anything else about the lead: status, stage, score, fields, events, its queue or claim board.</summary>
    public const string LeadChanged = "lead.changed";
    public const string TaskCreated = "task.created";
    public const string TaskDone = "task.done";
    /// <summary>An outbox message gave up and is a dead letter.</summary>
    public const string MessageDead = "message.dead";
    /// <summary>A dead letter was sent for another attempt.</summary>
    public const string MessageRetried = "message.retried";
    public const string ConfigChanged = "config.changed";
    /// <summary>A rep's presence (online, away, offline) changed.</summary>
    public const string RepStatus = "rep.status";
    /// <summary>Notes may have been lost (a slow reader, a lost connection between processes): read everything again.</summary>
    public const string Resync = "resync";

    public static readonly string[] All = [LeadCreated, LeadAssigned, LeadChanged, TaskCreated, TaskDone, MessageDead, MessageRetried, ConfigChanged, RepStatus, Resync];
}
