using System.Collections.Concurrent;
using NodaTime;
using Switchboard.Engine.Model;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task<bool> CompleteTimerAsync(long id, string owner)
    {
        await using var tx = await Store.BeginRoutingAsync();
        var deleted = (await tx.CompleteTimersAsync([id], owner)).Contains(id);
        await tx.CommitAsync();
        return deleted;
    }

    [StoreFact]
    public async Task A_due_timer_is_claimed_once_and_a_second_claimer_gets_nothing_while_the_lease_holds()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0)));

        var first = await Store.ClaimDueTimersAsync("worker-a", T0, Lease, 10);
        var second = await Store.ClaimDueTimersAsync("worker-b", T0.Plus(Lease).PlusTicks(-1), Lease, 10);
        var again = await Store.ClaimDueTimersAsync("worker-a", T0.PlusTicks(1), Lease, 10);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Empty(again);
    }

    [StoreFact]
    public async Task An_expired_lease_lets_another_owner_claim_the_timer()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0)));
        var first = Assert.Single(await Store.ClaimDueTimersAsync("worker-a", T0, Lease, 10));

        var second = Assert.Single(await Store.ClaimDueTimersAsync("worker-b", T0.Plus(Lease), Lease, 10));

        Assert.Equal(first.Id, second.Id);
        Assert.False(await CompleteTimerAsync(first.Id, "worker-a"));
        Assert.True(await CompleteTimerAsync(first.Id, "worker-b"));
    }

    [StoreFact]
    public async Task Timers_not_yet_due_are_not_claimed()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Action, T0.PlusTicks(1), note: "soon"), Timer(TimerKinds.Action, T0.Plus(Duration.FromHours(1)), note: "later")));

        Assert.Empty(await Store.ClaimDueTimersAsync("worker", T0, Lease, 10));
        var due = Assert.Single(await Store.ClaimDueTimersAsync("worker", T0.PlusTicks(1), Lease, 10));
        Assert.Equal("soon", due.Payload["note"]!.GetValue<string>());
    }

    [StoreFact]
    public async Task Claiming_takes_the_oldest_due_timers_first_up_to_the_limit()
    {
        await CommitEffectsAsync(Of(
            Timer(TimerKinds.Action, T0.PlusTicks(3), note: "3"), Timer(TimerKinds.Action, T0.PlusTicks(1), note: "1"),
            Timer(TimerKinds.Action, T0.PlusTicks(2), note: "2"), Timer(TimerKinds.Action, T0, note: "0")));

        var claimed = await Store.ClaimDueTimersAsync("worker", T0.PlusTicks(3), Lease, 3);

        Assert.Equal(["0", "1", "2"], claimed.Select(timer => timer.Payload["note"]!.GetValue<string>()));
    }

    [StoreFact]
    public async Task CompleteTimerAsync_is_true_once_and_false_for_the_wrong_owner()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0)));
        var timer = Assert.Single(await Store.ClaimDueTimersAsync("worker-a", T0, Lease, 10));

        Assert.False(await CompleteTimerAsync(timer.Id, "worker-b"));
        Assert.True(await CompleteTimerAsync(timer.Id, "worker-a"));
        Assert.False(await CompleteTimerAsync(timer.Id, "worker-a"));
        Assert.Null(await Store.NextTimerDueAsync());
    }

    [StoreFact]
    public async Task A_completed_timer_is_kept_when_the_routing_transaction_rolls_back()
    {
        await CommitEffectsAsync(Of(Timer(TimerKinds.Sla, T0)));
        var timer = Assert.Single(await Store.ClaimDueTimersAsync("worker-a", T0, Lease, 10));

        await using (var tx = await Store.BeginRoutingAsync())
            Assert.True((await tx.CompleteTimersAsync([timer.Id], "worker-a")).Contains(timer.Id));

        Assert.True(await CompleteTimerAsync(timer.Id, "worker-a"));
    }

    [StoreFact]
    public async Task The_next_timer_due_is_the_earliest_of_all_timers_leased_or_not()
    {
        Assert.Null(await Store.NextTimerDueAsync());
        await CommitEffectsAsync(Of(Timer(TimerKinds.Action, T0.Plus(Duration.FromMinutes(5))), Timer(TimerKinds.Sla, T0)));
        Assert.Equal(T0, await Store.NextTimerDueAsync());

        await Store.ClaimDueTimersAsync("worker", T0, Lease, 10);

        Assert.Equal(T0, await Store.NextTimerDueAsync());
    }

    [StoreFact]
    public async Task Two_stores_claiming_500_due_timers_concurrently_claim_every_timer_exactly_once()
    {
        await CommitEffectsAsync(Of(Enumerable.Range(0, 500).Select(i => (object)Timer(TimerKinds.Action, T0.PlusTicks(i), $"lead-{i}")).ToArray()));
        var other = await OpenMigratedAsync(); // a second server process on the same database
        var claims = new ConcurrentBag<(string Owner, long Id)>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var loops = new[] { (Store, "a1"), (Store, "a2"), (other, "b1"), (other, "b2") }.Select(pair => Task.Run(async () =>
        {
            await start.Task;
            var (store, owner) = pair;
            while (true)
            {
                var batch = await store.ClaimDueTimersAsync(owner, T0.PlusTicks(500), Duration.FromMinutes(5), 7);
                if (batch.Count == 0) return;
                foreach (var timer in batch) claims.Add((owner, timer.Id));
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(loops).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(500, claims.Count);
        Assert.Equal(500, claims.Select(claim => claim.Id).Distinct().Count());
    }
}
