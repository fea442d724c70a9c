using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Work;

namespace Switchboard.Web.Tests;

/// <summary>A claim board names each lead as every page does and puts its company beside the name, once.</summary>
public sealed class WorkClaimBoardTests : ComponentTest
{
    [Theory]
    [InlineData("Hanako", "Hanako Yamada · Acme")]
    [InlineData(null, "Acme")]
    public void the_company_is_beside_the_name_unless_it_is_the_name(string? firstName, string expected)
    {
        var data = new JsonObject { ["lastName"] = firstName is null ? null : "Yamada", ["firstName"] = firstName, ["company"] = "Acme" };
        var board = new ClaimBoard(new Pool { Id = "tank", Name = "Tank" }, [new Lead { Id = "ld_1", Status = LeadStatus.Claimable, Data = data }], 0);

        var panel = Render<ClaimBoardPanel>(parameters => parameters.Add(p => p.Board, board).Add(p => p.Taken, new Dictionary<string, TakenLead>())
            .Add(p => p.Zone, DateTimeZone.Utc).Add(p => p.Claim, _ => Task.FromResult(new LeadOutcome(LeadOutcomeKind.Updated, null, []))));

        Assert.Equal(expected, string.Join(" ", panel.Find(".claim-item-text").Children.Where(c => c.TagName is "STRONG" or "SPAN").Select(c => c.TextContent.Trim())));
    }
}
