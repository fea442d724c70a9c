using System.Text.Json.Nodes;

namespace Switchboard.Cli.Tests.Reports;

/// <summary><c>switchboard report …</c> against a real server process with the data of <see cref="ReportServer"/>.</summary>
public sealed class ReportCommandTests(ReportServer server) : IClassFixture<ReportServer>
{
    private Task<CliRun> ReportAsync(string name, params string[] args) => server.ReportAsync([name, .. server.Period, .. args]);

    [Fact]
    public async Task distribution_prints_each_reps_assigned_expected_and_deviation_and_the_pools_spread()
    {
        var run = await ReportAsync("distribution");

        // six leads over a, b, c in turn: each assigned 2 of an expected 6 × 1/3 = 2, no deviation, spread 0
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("Pool inbound: 6 assigned, spread 0", run.Output);
        foreach (var rep in new[] { "a", "b", "c" })
            Assert.Equal([rep, "2", "2", "0", "6", "", "##########################"[..Tables.BarWidth]], run.Row(rep));
    }

    [Fact]
    public async Task speed_to_lead_prints_touched_and_untouched_leads_by_rep_and_source()
    {
        var run = await ReportAsync("speed-to-lead");

        // a: lead0 touched, lead3 not; b: lead1 touched, lead4 not; c: lead2 and lead5 untouched
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("6 leads;", run.Output);
        Assert.Contains("untouched now: 4", run.Output);
        Assert.Equal(("2", "1", "1"), (run.Row("a")[1], run.Row("a")[4], run.Row("a")[8]));
        Assert.Equal(("2", "0", "2"), (run.Row("c")[1], run.Row("c")[4], run.Row("c")[8]));
        Assert.Equal(("4", "2", "2"), (run.Row("web")[1], run.Row("web")[4], run.Row("web")[8]));
        Assert.Equal(("2", "0", "2"), (run.Row("partner")[1], run.Row("partner")[4], run.Row("partner")[8]));
    }

    [Fact]
    public async Task sla_prints_assignments_and_breach_rate_by_rep_and_pool()
    {
        var run = await ReportAsync("sla");

        // six assignments within the hour: none breached yet
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("6 assignments, 0 breaches (0 %)", run.Output);
        Assert.Equal(["a", "2", "0", "0", "0", "0 %", ""], run.Row("a"));
        Assert.Equal(["inbound", "6", "0", "0", "0", "0 %", ""], run.Row("inbound"));
    }

    [Fact]
    public async Task funnel_prints_the_leads_by_stage_with_the_conversion_to_the_next()
    {
        var run = await ReportAsync("funnel");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        // all six leads are New; none reached Nurturing yet
        Assert.Equal(["New", "6", "0 %"], run.Row("New")[..3]);
        Assert.Equal(["Nurturing", "0", "–"], run.Row("Nurturing")[..3]);
        Assert.Contains("Won and lost by campaign: none in this period", run.Output);
    }

    [Fact]
    public async Task a_filter_is_sent_as_the_servers_query_parameter()
    {
        var run = await ReportAsync("distribution", "--rep", "b");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("; rep b", run.Output);
        Assert.Equal("2", run.Row("b")[1]);
        Assert.DoesNotContain(run.Output.Split('\n'), line => line.StartsWith("| a "));
    }

    [Theory]
    [InlineData("distribution", "poolId,repId,assigned,expected,deviation,poolSpread,eligible")]
    [InlineData("speed-to-lead", "by,key,createdToAssignedCount")]
    [InlineData("sla", "poolId,repId,assignments,breaches,reassignments,escalations,breachRate")]
    [InlineData("funnel", "section,name,stage,count,amount,won,wonAmount,lost,lostAmount,cost,roi")]
    public async Task csv_writes_the_servers_csv_as_it_is(string name, string header)
    {
        var run = await ReportAsync(name, "--csv");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal([0xEF, 0xBB, 0xBF], run.RawBytes[..3]);   // the byte order mark kept, for spreadsheets
        Assert.StartsWith(header, run.Raw);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task csv_of_distribution_has_a_line_per_rep()
    {
        var run = await ReportAsync("distribution", "--csv");

        Assert.Contains("inbound,a,2,2,0,0,6", run.Raw.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task json_writes_the_servers_report_as_it_is()
    {
        var run = await ReportAsync("sla", "--json");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(6, JsonNode.Parse(run.Raw)!["total"]!["assignments"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_parameter_the_server_refuses_exits_2_naming_it()
    {
        var run = await ReportAsync("distribution", "--time-zone", "Mars/Olympus_Mons");

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
        Assert.Contains("timeZone", run.Output);
    }

    [Theory]
    [InlineData("distribution", "--colour")]
    [InlineData("distribution", "--csv", "--json")]
    [InlineData("velocity")]
    public async Task a_bad_option_or_report_is_a_usage_error(params string[] args)
    {
        Assert.Equal(ExitCodes.BadUsage, (await server.ReportAsync(args)).Exit);
    }

    [Fact]
    public async Task a_refused_key_exits_4()
    {
        var run = await server.ReportAsync("funnel", "--key", "sb_not_a_key");

        Assert.Equal(ExitCodes.KeyRefused, run.Exit);
    }
}
