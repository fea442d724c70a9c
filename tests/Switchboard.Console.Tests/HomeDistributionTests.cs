using Switchboard.Storage;
using Switchboard.Web.Pages.Home;

namespace Switchboard.Web.Tests;

/// <summary>Today's assignments per rep: a table whose bars are as long as each rep's share of the busiest rep's count.</summary>
public sealed class HomeDistributionTests : ComponentTest
{
    [Fact]
    public void each_rep_is_a_row_with_its_name_its_count_and_a_bar_relative_to_the_busiest_rep()
    {
        var table = Render<TodaysDistribution>(parameters => parameters
            .Add(p => p.Assigned, [new RepAssignments("rep-kim", 8), new RepAssignments("rep-sato", 2)])
            .Add(p => p.RepNames, new Dictionary<string, string> { ["rep-kim"] = "김민준", ["rep-sato"] = "佐藤 花子" }));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(["김민준", "佐藤 花子"], rows.Select(row => row.QuerySelector("td")!.TextContent));
        Assert.Equal(["8", "2"], rows.Select(row => row.QuerySelector("td.number")!.TextContent));
        Assert.Equal(["width: 100%", "width: 25%"], rows.Select(row => row.QuerySelector(".distribution-bar span")!.GetAttribute("style")));
    }

    [Fact]
    public void a_rep_missing_from_the_configuration_is_named_by_its_id()
    {
        var table = Render<TodaysDistribution>(parameters => parameters
            .Add(p => p.Assigned, [new RepAssignments("rep-gone", 1)]).Add(p => p.RepNames, new Dictionary<string, string>()));

        Assert.Equal("rep-gone", table.Find("tbody td").TextContent);
    }
}
