using Switchboard.Application.Routing;
using Switchboard.Web.Pages.Queues;

namespace Switchboard.Web.Tests;

public sealed class QueuesBulkAssignTests : ComponentTest
{
    private static readonly Dictionary<string, string> Reps = new() { ["sato"] = "佐藤 花子", ["kim"] = "김민지" };

    [Fact]
    public void nothing_selected_nothing_to_assign()
    {
        var bar = Render<BulkAssign>(parameters => parameters.Add(p => p.Selected, new HashSet<string>()).Add(p => p.Reps, Reps));

        Assert.True(bar.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void the_selected_leads_go_to_the_rep_chosen()
    {
        string? assignedTo = null;
        var bar = Render<BulkAssign>(parameters => parameters.Add(p => p.Selected, new HashSet<string> { "ld_1", "ld_2" }).Add(p => p.Reps, Reps)
            .Add(p => p.Assign, rep => { assignedTo = rep; return Task.CompletedTask; }));

        bar.Find("select").Change("sato");
        bar.Find("button").Click();

        Assert.Equal("sato", assignedTo);
        Assert.Contains("Assign selected (2)", bar.Find("button").TextContent);
    }

    [Fact]
    public void each_lead_not_assigned_is_named_with_why()
    {
        var outcome = new BulkOutcome(1, [("박a1b2c3", LeadOutcomeKind.Conflict), ("Acme", LeadOutcomeKind.NotFound)]);

        var notice = Render<BulkOutcomeNotice>(parameters => parameters.Add(p => p.Outcome, outcome));

        Assert.Equal(["1 assigned", "박a1b2c3 was not assigned: it changed in the meantime", "Acme was not assigned: it no longer exists"],
            notice.FindAll("[role=status] .mud-alert-message").Select(alert => alert.TextContent.Trim()));
    }
}
