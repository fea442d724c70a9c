using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.Web.Tests.Browser;

/// <summary>
/// The console on two server processes sharing one PostgreSQL (each browser stays with its process, as a load balancer
/// with sticky sessions keeps it): what is done through one process reaches the workspaces open on the other.
/// </summary>
[Collection(TwoProcessCollection.Name)]
public sealed class TwoProcessInBrowserTests(TwoProcessConsoles processes)
{
    private static string Card(string leadId) => $"[data-lead-id='{leadId}']";

    [ChromiumPostgresFact]
    public async Task a_lead_created_through_one_process_appears_in_a_workspace_open_on_the_other_within_2_s()
    {
        await WorkRouting.EnsureAsync(processes.First);
        var park = await WorkRouting.OpenWorkspaceAsync(await processes.NewPageAsync(processes.Second), processes.Second, "park");

        var lead = await WorkRouting.LeadAsync(processes.First, WorkRouting.Sla);
        var routed = Stopwatch.StartNew();
        await park.WaitForSelectorAsync(Card(lead.GetProperty("id").GetString()!));
        routed.Stop();

        Assert.True(routed.Elapsed < TimeSpan.FromSeconds(2), $"shown {routed.Elapsed.TotalMilliseconds:F0} ms after the other process's 201");
    }

    [ChromiumPostgresFact]
    public async Task two_reps_on_two_processes_claim_the_same_lead_one_wins_and_the_other_sees_who_took_it()
    {
        await WorkRouting.EnsureAsync(processes.First);
        var kim = await WorkRouting.OpenWorkspaceAsync(await processes.NewPageAsync(processes.First), processes.First, "kim");
        var mueller = await WorkRouting.OpenWorkspaceAsync(await processes.NewPageAsync(processes.Second), processes.Second, "mueller");
        var id = (await WorkRouting.LeadAsync(processes.First, WorkRouting.Claim)).GetProperty("id").GetString()!;
        var claim = $"[data-claim-lead-id='{id}'] [data-claim]";
        await Task.WhenAll(kim.WaitForSelectorAsync(claim), mueller.WaitForSelectorAsync(claim));

        await Task.WhenAll(ClickIfThereAsync(kim, claim), ClickIfThereAsync(mueller, claim));

        var owner = await WorkRouting.OwnerOnceClaimedAsync(processes.Second, id);
        Assert.Contains(owner, new[] { "kim", "mueller" });
        var (winner, loser, winnerName) = owner == "kim" ? (kim, mueller, "김민지") : (mueller, kim, "Jonas Müller");
        await Expect(winner.Locator(Card(id))).ToBeVisibleAsync();
        await Expect(loser.Locator($"[data-claim-lead-id='{id}'] .claim-taken")).ToContainTextAsync(winnerName);
        await Expect(loser.Locator(Card(id))).ToHaveCountAsync(0);
    }

    /// <summary>The slower of two simultaneous clicks may find the button already gone: that is the race lost.</summary>
    private static async Task ClickIfThereAsync(IPage page, string selector)
    {
        try
        {
            await page.ClickAsync(selector, new() { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
        }
    }
}
