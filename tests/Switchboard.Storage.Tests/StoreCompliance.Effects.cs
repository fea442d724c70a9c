using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private static readonly Instant T0 = TestLeads.T0;

    private async Task CommitEffectsAsync(Effects effects, Instant? now = null)
    {
        await using var tx = await Store.BeginRoutingAsync();
        await tx.AddEffectsAsync(effects, now ?? T0);
        await tx.CommitAsync();
    }

    private static Effects OneOfEach() => Of(
        Timer(TimerKinds.Sla, T0.Plus(Duration.FromHours(1)), note: "timer"),
        Message("message"),
        TaskRequestDueIn(Duration.FromHours(2)),
        Add("lead-1"));

    private static TaskRequest TaskRequestDueIn(Duration due) => Todo("Discovery call 📞", dueAt: T0.Plus(due));

    [StoreFact]
    public async Task Effects_written_in_a_routing_transaction_are_all_visible_after_commit()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.InsertLeadsAsync([new NewLead(TestLeads.Simple("lead-1"), null)]);
            await tx.AddEffectsAsync(OneOfEach(), T0);
            await tx.CommitAsync();
        }

        var timer = Assert.Single(await Store.ClaimDueTimersAsync("worker", T0.Plus(Duration.FromHours(1)), Lease, 10));
        Assert.Equal((TimerKinds.Sla, "lead-1", T0.Plus(Duration.FromHours(1))), (timer.Kind, timer.LeadId, timer.DueAt));
        Assert.True(JsonNode.DeepEquals(Payload("timer"), timer.Payload));
        var message = Assert.Single(await Store.ListOutboxAsync(null, 10));
        Assert.Equal((Channels.Webhook, "lead-1", "pending", 0, T0, T0), (message.Channel, message.LeadId, message.State, message.Attempts, message.CreatedAt, message.NextAttemptAt));
        Assert.True(JsonNode.DeepEquals(Message("message").Payload, message.Payload));
        var task = Assert.Single(await Store.ListTasksAsync(new TaskQuery()));
        Assert.Equal(("Discovery call 📞", "rep-a", "lead-1", "wf-1", T0, (Instant?)T0.Plus(Duration.FromHours(2)), (Instant?)null),
            (task.Title, task.OwnerId, task.LeadId, task.WorkflowId, task.CreatedAt, task.DueAt, task.DoneAt));
        Assert.StartsWith("task_", task.Id);
        Assert.Equal(["lead-1"], (await Store.ListMembersAsync("list", "seminar-2025", null, 10)).LeadIds);
    }

    [StoreFact]
    public async Task Effects_of_a_routing_transaction_disposed_without_commit_leave_nothing()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Action, T0, note: "kept"), Add("lead-0")));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AddEffectsAsync(OneOfEach(), T0);
            await tx.AddEffectsAsync(Of(new TimerCancel("lead-1", TimerKinds.Action), Remove("lead-0")), T0);
        }

        var timer = Assert.Single(await Store.ClaimDueTimersAsync("worker", T0.Plus(Duration.FromDays(1)), Lease, 10));
        Assert.True(JsonNode.DeepEquals(Payload("kept"), timer.Payload));
        Assert.Empty(await Store.ListOutboxAsync(null, 10));
        Assert.Empty(await Store.ListTasksAsync(new TaskQuery { IncludeDone = true }));
        Assert.Equal(["lead-0"], (await Store.ListMembersAsync("list", "seminar-2025", null, 10)).LeadIds);
    }

    [StoreFact]
    public async Task Cancelling_a_leads_sla_timers_leaves_its_other_timers_and_other_leads_timers()
    {
        await CommitEffectsAsync(Of(
            Timer(TimerKinds.Sla, T0, "lead-1", "sla-1a"),
            Timer(TimerKinds.Sla, T0, "lead-1", "sla-1b"),
            Timer(TimerKinds.Action, T0, "lead-1", "action-1"),
            Timer(TimerKinds.Sla, T0, "lead-2", "sla-2")));

        await CommitEffectsAsync(Of(new TimerCancel("lead-1", TimerKinds.Sla)));

        var left = await Store.ClaimDueTimersAsync("worker", T0, Lease, 10);
        Assert.Equal(["action-1", "sla-2"], left.Select(t => t.Payload["note"]!.GetValue<string>()).Order());
    }

    [StoreFact]
    public async Task A_cancel_and_a_new_timer_of_the_same_kind_in_one_effects_keep_the_new_timer()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0, "lead-1", "first owner")));

        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0.PlusTicks(1), "lead-1", "next owner"), new TimerCancel("lead-1", TimerKinds.Sla)));

        var timer = Assert.Single(await Store.ClaimDueTimersAsync("worker", T0.PlusTicks(1), Lease, 10));
        Assert.Equal("next owner", timer.Payload["note"]!.GetValue<string>());
    }

    [StoreFact]
    public async Task Effects_with_hundreds_of_rows_are_written_in_full()
    {
        var many = Enumerable.Range(0, 450).SelectMany(i => new object[]
        {
            Timer(TimerKinds.Action, T0.PlusTicks(i), $"lead-{i}", $"t{i}"), Message($"m{i}"), Todo($"task {i}"), Add($"lead-{i}"),
        }).ToArray();

        await CommitEffectsAsync(Of(many));

        Assert.Equal(450, (await Store.ClaimDueTimersAsync("worker", T0.PlusTicks(449), Lease, 500)).Count);
        Assert.Equal(450, (await Store.ListOutboxAsync("pending", 500)).Count);
        Assert.Equal(450, (await Store.ListTasksAsync(new TaskQuery { Limit = 500 })).Count);
        Assert.Equal(450, (await Store.ListMembersAsync("list", "seminar-2025", null, 500)).LeadIds.Count);
    }
}
