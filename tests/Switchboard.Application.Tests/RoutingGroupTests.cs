using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>The group commit's read rule: commands read only what they declared, read once for the whole group.</summary>
public sealed class RoutingGroupTests : TempStore
{
    private static readonly CompiledConfig Config = CompiledConfig.Compile(new RoutingConfig { Version = 1 });
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 5, 9, 0);

    private async Task<(IRoutingTransaction Tx, RoutingGroup Group)> GroupAsync(RoutingReads reads)
    {
        var tx = await Store.BeginRoutingAsync();
        var group = new RoutingGroup(tx, await tx.LoadStateAsync(), Config, Now);
        await group.ReadAsync(reads, default);
        return (tx, group);
    }

    [Fact]
    public async Task asking_for_a_lead_no_command_declared_is_a_programming_error()
    {
        var (tx, group) = await GroupAsync(new RoutingReads());
        await using var _ = tx;
        Assert.Throws<InvalidOperationException>(() => group.Lead("ld_undeclared"));
    }

    [Fact]
    public async Task a_declared_lead_that_does_not_exist_reads_as_none()
    {
        var reads = new RoutingReads();
        reads.Lead("ld_missing");
        var (tx, group) = await GroupAsync(reads);
        await using var _ = tx;
        Assert.Null(group.Lead("ld_missing"));
    }

    [Fact]
    public async Task a_lead_made_earlier_in_the_group_is_the_duplicate_of_a_later_submission()
    {
        var submission = new Submission(new JsonObject { ["email"] = "minji.kim@example.kr" }, null, null);
        var reads = new RoutingReads();
        reads.DuplicatesOf(submission.Keys);
        var (tx, group) = await GroupAsync(reads);
        await using var _ = tx;
        var first = new Lead { Id = "ld_first", Data = new JsonObject { ["email"] = "Minji.Kim@Example.KR" }, CreatedAt = Now };
        group.Insert(first, null, []);
        var facts = group.IntakeFacts(submission, submission.Keys);
        Assert.Equal("ld_first", Assert.Single(facts.OpenDuplicates).Id);
    }

    [Fact]
    public async Task aStored_duplicate_found_for_the_group_is_read_with_it()
    {
        await using (var tx = await Store.BeginRoutingAsync())
        {
            var stored = new Lead { Id = "ldStored", Data = new JsonObject { ["phone"] = "090-1234-5678", ["country"] = "JP" }, CreatedAt = Now };
            await tx.InsertLeadsAsync([new NewLead(stored, null)]);
            await tx.CommitAsync();
        }
        var submission = new Submission(new JsonObject { ["phone"] = "+81 90 1234 5678" }, null, null);
        var reads = new RoutingReads();
        reads.DuplicatesOf(submission.Keys);
        var (next, group) = await GroupAsync(reads);
        await using var __ = next;
        Assert.Equal("ldStored", Assert.Single(group.IntakeFacts(submission, submission.Keys).OpenDuplicates).Id);
    }
}
