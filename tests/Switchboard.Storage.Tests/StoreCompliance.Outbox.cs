using NodaTime;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task<OutboxItem> ClaimOneMessageAsync(string owner = "sender", Instant? now = null)
    {
        await CommitEffectsAsync(Of(Message()));
        return Assert.Single(await Store.ClaimDueOutboxAsync(owner, now ?? T0, Lease, 10));
    }

    [StoreFact]
    public async Task A_claimed_message_marked_delivered_is_delivered_and_not_claimed_again()
    {
        var message = await ClaimOneMessageAsync();
        Assert.Equal(("pending", 0), (message.State, message.Attempts));

        await Store.MarkOutboxDeliveredAsync(message.Id, "sender", T0.PlusTicks(7));

        var delivered = Assert.Single(await Store.ListOutboxAsync("delivered", 10));
        Assert.Equal((message.Id, message.MessageId, 1, (Instant?)T0.PlusTicks(7)), (delivered.Id, delivered.MessageId, delivered.Attempts, delivered.DeliveredAt));
        Assert.Empty(await Store.ClaimDueOutboxAsync("sender", T0.Plus(Duration.FromDays(1)), Lease, 10));
        Assert.Null(await Store.NextOutboxDueAsync());
    }

    [StoreFact]
    public async Task A_round_of_messages_is_marked_delivered_in_one_call_leaving_others_pending()
    {
        await CommitEffectsAsync(Of(Message(), Message(), Message()));
        var claimed = await Store.ClaimDueOutboxAsync("sender", T0, Lease, 10);
        Assert.Equal(3, claimed.Count);

        await Store.MarkOutboxDeliveredAsync([claimed[0].Id, claimed[2].Id], "sender", T0.PlusTicks(3));

        Assert.Equal([claimed[2].Id, claimed[0].Id], (await Store.ListOutboxAsync("delivered", 10)).Select(m => m.Id));
        Assert.Equal(claimed[1].Id, Assert.Single(await Store.ListOutboxAsync("pending", 10)).Id);
    }

    [StoreFact]
    public async Task Marks_from_a_worker_that_does_not_hold_the_lease_change_nothing()
    {
        var message = await ClaimOneMessageAsync("sender-a");

        await Store.MarkOutboxDeliveredAsync(message.Id, "sender-b", T0);
        await Store.MarkOutboxFailedAsync(message.Id, "sender-b", "boom", null);

        var stored = Assert.Single(await Store.ListOutboxAsync(null, 10));
        Assert.Equal(("pending", 0, (string?)null), (stored.State, stored.Attempts, stored.LastError));
    }

    [StoreFact]
    public async Task A_failed_message_with_a_next_attempt_is_claimed_again_only_from_then()
    {
        var message = await ClaimOneMessageAsync();
        var retryAt = T0.Plus(Duration.FromMinutes(1));

        await Store.MarkOutboxFailedAsync(message.Id, "sender", "HTTP 503 서비스 불가", retryAt);

        var failed = Assert.Single(await Store.ListOutboxAsync("pending", 10));
        Assert.Equal((1, "HTTP 503 서비스 불가", retryAt), (failed.Attempts, failed.LastError, failed.NextAttemptAt));
        Assert.Equal(retryAt, await Store.NextOutboxDueAsync());
        Assert.Empty(await Store.ClaimDueOutboxAsync("other", retryAt.PlusTicks(-1), Lease, 10));
        Assert.Equal(message.Id, Assert.Single(await Store.ClaimDueOutboxAsync("other", retryAt, Lease, 10)).Id);
    }

    [StoreFact]
    public async Task A_failed_message_without_a_next_attempt_becomes_dead_and_a_retry_brings_it_back()
    {
        var message = await ClaimOneMessageAsync();

        await Store.MarkOutboxFailedAsync(message.Id, "sender", "invalid address", null);

        var dead = Assert.Single(await Store.ListOutboxAsync("dead", 10));
        Assert.Equal((message.Id, 1, "invalid address"), (dead.Id, dead.Attempts, dead.LastError));
        Assert.Empty(await Store.ListOutboxAsync("pending", 10));
        Assert.Null(await Store.NextOutboxDueAsync());
        Assert.Empty(await Store.ClaimDueOutboxAsync("sender", T0.Plus(Duration.FromDays(1)), Lease, 10));

        var later = T0.Plus(Duration.FromHours(3));
        Assert.True(await Store.RetryOutboxAsync(message.Id, later));
        Assert.False(await Store.RetryOutboxAsync(message.Id, later));
        Assert.False(await Store.RetryOutboxAsync(message.Id + 1000, later));
        var retried = Assert.Single(await Store.ClaimDueOutboxAsync("sender", later, Lease, 10));
        Assert.Equal((message.MessageId, "pending", 1), (retried.MessageId, retried.State, retried.Attempts));
    }

    [StoreFact]
    public async Task A_message_whose_lease_ran_out_is_claimed_again_with_the_same_message_id()
    {
        var first = await ClaimOneMessageAsync("sender-a");

        Assert.Empty(await Store.ClaimDueOutboxAsync("sender-b", T0.Plus(Lease).PlusTicks(-1), Lease, 10));
        var second = Assert.Single(await Store.ClaimDueOutboxAsync("sender-b", T0.Plus(Lease), Lease, 10));

        Assert.Equal((first.Id, first.MessageId), (second.Id, second.MessageId));
    }

    [StoreFact]
    public async Task Outbox_message_ids_are_unique()
    {
        await CommitEffectsAsync(Of(Enumerable.Range(0, 250).Select(i => (object)Message($"m{i}")).ToArray()));
        await CommitEffectsAsync(Of(Enumerable.Range(0, 250).Select(i => (object)Message($"n{i}")).ToArray()));

        var ids = (await Store.ListOutboxAsync(null, 500)).Select(item => item.MessageId).ToList();

        Assert.Equal(500, ids.Count);
        Assert.Equal(500, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("msg_", id));
    }

    [StoreFact]
    public async Task The_outbox_lists_newest_first_filtered_by_state()
    {
        await CommitEffectsAsync(Of(Message("a"), Message("b"), Message("c")));
        var claimed = await Store.ClaimDueOutboxAsync("sender", T0, Lease, 10);
        await Store.MarkOutboxDeliveredAsync(claimed[1].Id, "sender", T0);

        Assert.Equal(claimed.Select(item => item.Id).Reverse(), (await Store.ListOutboxAsync(null, 10)).Select(item => item.Id));
        Assert.Equal([claimed[2].Id, claimed[0].Id], (await Store.ListOutboxAsync("pending", 10)).Select(item => item.Id));
        Assert.Equal([claimed[2].Id], (await Store.ListOutboxAsync("pending", 1)).Select(item => item.Id));
    }
}
