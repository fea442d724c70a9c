using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

/// <summary>
/// Routing batches that fail in the middle (a value the server refuses, one the driver cannot encode, a
/// cancelled command) on a pool of one connection: every later transaction and lookup must still work.
/// </summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresPoolTests(PostgresCluster cluster)
{
    private static readonly Func<int, Lead>[] Refused =
    [
        round => TestLeads.Simple($"nul-{round}", email: $"nul{round}\0@example.com"),
        round => TestLeads.Simple($"surrogate-{round}", email: $"s{round}\ud800@example.com"),
        round => TestLeads.Simple($"long-{round}", email: string.Concat(Enumerable.Range(0, 200).Select(_ => Guid.NewGuid().ToString("N"))) + "@example.com"),
        round => TestLeads.Simple($"filler-{round}-0", email: "taken@example.com"),
    ];

    [PostgresFact]
    public async Task a_failed_batch_never_poisons_the_pooled_connection()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using (var migrating = StoreFactory.Create(database, Path.GetTempPath())) await migrating.MigrateAsync();
        await using var store = StoreFactory.Create(database + ";Maximum Pool Size=1", Path.GetTempPath());
        for (var round = 1; round <= 24; round++)
        {
            await FailAsync(store, [.. Enumerable.Range(0, 200).Select(i => New(TestLeads.Simple($"filler-{round}-{i}", email: $"f{round}-{i}@example.com"))),
                New(Refused[round % Refused.Length](round)), New(TestLeads.Simple($"after-{round}"))], cancelAfter: round % 3 == 0 ? round % 7 : null);
            await using var tx = await store.BeginRoutingAsync();
            if (round > 1)
            {
                var previous = new ContactMatch(null, $"good{round - 1}@example.com", null);
                Assert.Equal($"good-{round - 1}", (await tx.FindOpenDuplicatesAsync([previous]))[previous]);
            }
            await tx.InsertLeadsAsync([New(TestLeads.Simple($"good-{round}", email: $"good{round}@example.com"))]);
            await tx.CommitAsync();
        }
        var page = await store.ListLeadsAsync(new LeadQuery { Limit = 100 });
        Assert.Equal(Enumerable.Range(1, 24).Select(r => $"good-{r}").Order(), page.Items.Select(l => l.Id).Order());
    }

    private static NewLead New(Lead lead) => new(lead, null);

    /// <summary>A routing transaction whose duplicate lookup or insert fails (or is cancelled after some milliseconds); it is disposed uncommitted.</summary>
    private static async Task FailAsync(SqlStore store, IReadOnlyList<NewLead> leads, int? cancelAfter)
    {
        using var cancel = new CancellationTokenSource();
        await using var tx = await store.BeginRoutingAsync();
        if (cancelAfter is { } ms) cancel.CancelAfter(ms);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await tx.FindOpenDuplicatesAsync([.. leads.Select(l => new ContactMatch(null, l.Lead.Data["email"]?.GetValue<string>(), null))], cancel.Token);
            await tx.InsertLeadsAsync(leads, cancel.Token);
        });
    }
}
