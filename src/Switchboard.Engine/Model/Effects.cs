using System.Text.Json.Nodes;
using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>
/// What an evaluation asks the outside world to do, as data. The server writes all of it in the
/// same transaction as the decision that caused it (timers, outbox, tasks, list memberships) and
/// delivers or fires it after commit. The engine never performs I/O.
/// <see cref="CancelTimers"/> apply before <see cref="Timers"/>: an evaluation that cancels a lead's
/// "sla" timer and starts a new one (reassignment) leaves exactly the new one.
/// </summary>
public sealed class Effects
{
    // Created on first use: most evaluations have no effects, and this object is made for every lead.
    private List<TimerRequest>? _timers;
    private List<TimerCancel>? _cancelTimers;
    private List<OutgoingMessage>? _messages;
    private List<TaskRequest>? _tasks;
    private List<MembershipChange>? _memberships;
    private List<TaskHandover>? _taskHandovers;

    public List<TimerRequest> Timers => _timers ??= [];
    /// <summary>Timers of these kinds for the lead are cancelled (e.g. "sla" on first touch). Applied before <see cref="Timers"/>.</summary>
    public List<TimerCancel> CancelTimers => _cancelTimers ??= [];
    public List<OutgoingMessage> Messages => _messages ??= [];
    public List<TaskRequest> Tasks => _tasks ??= [];
    public List<MembershipChange> Memberships => _memberships ??= [];
    /// <summary>Open tasks that move with their lead to its new owner. Applied after <see cref="Tasks"/>.</summary>
    public List<TaskHandover> TaskHandovers => _taskHandovers ??= [];

    public bool HasTimers => _timers is { Count: > 0 };
    public bool HasMessages => _messages is { Count: > 0 };
    public bool HasTasks => _tasks is { Count: > 0 };

    public bool IsEmpty =>
        !HasTimers && _cancelTimers is not { Count: > 0 } && !HasMessages && _tasks is not { Count: > 0 } && _memberships is not { Count: > 0 }
        && _taskHandovers is not { Count: > 0 };

    /// <summary>Appends everything in this set to <paramref name="target"/>, in order, without creating empty lists.</summary>
    public void CopyTo(Effects target)
    {
        if (_timers is { Count: > 0 }) target.Timers.AddRange(_timers);
        if (_cancelTimers is { Count: > 0 }) target.CancelTimers.AddRange(_cancelTimers);
        if (_messages is { Count: > 0 }) target.Messages.AddRange(_messages);
        if (_tasks is { Count: > 0 }) target.Tasks.AddRange(_tasks);
        if (_memberships is { Count: > 0 }) target.Memberships.AddRange(_memberships);
        if (_taskHandovers is { Count: > 0 }) target.TaskHandovers.AddRange(_taskHandovers);
    }
}

public static class TimerKinds
{
    /// <summary>A workflow action with "delay": payload {workflowId, actionIndex, trigger}.</summary>
    public const string Action = "action";
    /// <summary>SLA first-touch deadline: payload {poolId?, workflowId?, ownerId, firstTouch, onBreach, maxReassignments}.</summary>
    public const string Sla = "sla";
    /// <summary>Shark-tank claim window end: payload {poolId}.</summary>
    public const string ClaimWindow = "claim_window";
    /// <summary>Re-check a pool's queued leads at the next known time boundary: payload {poolId}.</summary>
    public const string QueueRecheck = "queue_recheck";
}

/// <summary>A durable timer: fires once at <see cref="DueAt"/>, even across restarts.</summary>
public sealed record TimerRequest(string Kind, Instant DueAt, string? LeadId, JsonObject Payload);

public sealed record TimerCancel(string LeadId, string Kind);

public static class Channels
{
    public const string Slack = "slack";
    public const string Webhook = "webhook";
    public const string Email = "email";
}

/// <summary>
/// A message for the outbox, fully rendered at decision time.
/// slack: {url, body (Slack JSON: {text})}; webhook: {url, secret?, body: {event, at, lead: {…snapshot…}, ownerId, workflowId, text?}};
/// email: {to: [addresses], subject, text, replyTo?, fromName?}.
/// </summary>
public sealed record OutgoingMessage(string Channel, string? LeadId, JsonObject Payload);

public sealed record TaskRequest(string Title, string? OwnerId, Instant? DueAt, string? LeadId, string? WorkflowId);

/// <summary>Every open task of lead <see cref="LeadId"/> now belongs to <see cref="OwnerId"/> (nobody when null).</summary>
public sealed record TaskHandover(string LeadId, string? OwnerId);

/// <summary>Adds or removes a lead from a list or campaign ("list" | "campaign").</summary>
public sealed record MembershipChange(string Kind, string TargetId, string LeadId, bool Add);
