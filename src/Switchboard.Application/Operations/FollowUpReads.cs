using NodaTime;
using NodaTime.Text;
using Switchboard.Storage;

namespace Switchboard.Application.Operations;

/// <summary>Follow-up work as operators read it (the HTTP endpoints and the console's Queues page): tasks by due time, the outbox by state.</summary>
public sealed class FollowUpReads(ISwitchboardStore store, IClock clock)
{
    public static readonly IReadOnlyList<string> OutboxStates = ["pending", "delivered", "dead"];

    /// <summary>
    /// Tasks of <paramref name="owner"/> (everyone's when null); <paramref name="due"/> is an ISO-8601 instant ("due by
    /// then"), or "now" / "overdue" (due by now); open ones only unless <paramref name="includeDone"/>.
    /// </summary>
    public async Task<Reading<IReadOnlyList<TaskRecord>>> ListTasksAsync(string? owner, string? due, bool includeDone, int limit, CancellationToken ct = default)
    {
        Instant? dueBefore = null;
        if (due is "now" or "overdue") dueBefore = clock.GetCurrentInstant();
        else if (due is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(due);
            if (!parsed.Success) return Reading<IReadOnlyList<TaskRecord>>.Refused("due", "must be an ISO-8601 instant such as 2026-11-23T18:00:00Z, or \"overdue\"");
            dueBefore = parsed.Value;
        }
        return new(await store.ListTasksAsync(new TaskQuery { Owner = owner, DueBefore = dueBefore, IncludeDone = includeDone, Limit = limit }, ct));
    }

    /// <summary>Messages by state (every state when null), newest first, with the secrets of their channel redacted.</summary>
    public async Task<Reading<IReadOnlyList<OutboxItem>>> ListMessagesAsync(string? state, int limit, CancellationToken ct = default)
    {
        if (state is not null && !OutboxStates.Contains(state)) return Reading<IReadOnlyList<OutboxItem>>.Refused("state", $"must be one of {string.Join(", ", OutboxStates)}");
        var items = await store.ListOutboxAsync(state, limit, ct);
        return new([.. items.Select(item => item with { Payload = ConfigSecrets.Redact(item.Channel, item.Payload) })]);
    }
}
