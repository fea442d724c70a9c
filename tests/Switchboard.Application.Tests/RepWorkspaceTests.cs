using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>A rep's workspace reads its leads a page at a time, newest first, and says when there are more.</summary>
public sealed class RepWorkspaceTests : TempStore
{
    private static readonly Instant At = Instant.FromUtc(2026, 12, 24, 3, 0);

    private async Task StoreAssignedLeadsAsync(string ownerId, int count)
    {
        await using var tx = await Store.BeginRoutingAsync();
        await tx.InsertLeadsAsync([.. Enumerable.Range(1, count).Select(i => new NewLead(new Lead
        {
            Id = $"ld_{ownerId}_{i:D3}", OwnerId = ownerId, Status = LeadStatus.Assigned, Data = new JsonObject { ["email"] = $"{i}@example.jp" },
            CreatedAt = At + Duration.FromMinutes(i),
        }, null))]);
        await tx.CommitAsync();
    }

    [Fact]
    public async Task a_workspace_shows_the_newest_page_of_its_reps_leads_and_says_there_are_more()
    {
        await StoreAssignedLeadsAsync("sato", RepWorkspace.LeadsPage + 5);
        var workspace = new RepWorkspace(Store, new DecisionTrail(Store));

        var (first, more) = await workspace.LeadsAsync(new Caller("sato@example.jp", "sato"));
        var (all, evenMore) = await workspace.LeadsAsync(new Caller("sato@example.jp", "sato"), 2 * RepWorkspace.LeadsPage);

        Assert.Equal(RepWorkspace.LeadsPage, first.Count);
        Assert.Equal($"ld_sato_{RepWorkspace.LeadsPage + 5:D3}", first[0].Lead.Id);
        Assert.True(more);
        Assert.Equal(RepWorkspace.LeadsPage + 5, all.Count);
        Assert.False(evenMore);
    }
}
