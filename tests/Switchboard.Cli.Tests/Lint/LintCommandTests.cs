using System.Text.Json.Nodes;
using Switchboard.Cli.Tests.Config;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests.Lint;

/// <summary><c>switchboard lint [file]</c> against a real server process: the findings table, the summary line, exit codes a CI pipeline gates on.</summary>
public sealed class LintCommandTests(ConfigServer server) : IClassFixture<ConfigServer>
{
    private Task<CliRun> LintAsync(params string[] args) => Cli.RunAsync(server.Process.Address, ["lint", .. args]);

    private static void Field(JsonObject document, string field) => document["workflows"]![0]!["conditions"]!["all"]![0]!["field"] = field;

    [Fact]
    public async Task lint_of_a_file_without_errors_exits_0_with_a_summary_line()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync();

        var run = await LintAsync(file);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Matches(@"routing\.json: 0 errors, \d+ warnings?, \d+ info", run.Output);
    }

    [Fact]
    public async Task lint_names_the_misspelt_field_with_its_suggestion_and_exits_1()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Field(d, "regoin"));

        var run = await LintAsync(file);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        var row = run.Row("error");
        Assert.Equal("workflows[0].conditions.all[0].field", row[1]);
        Assert.Contains("regoin", row[2]);
        Assert.Contains("(region)", run.Output);
        Assert.Contains(": 1 error,", run.Output);
    }

    [Fact]
    public async Task lint_passes_a_warning_but_fails_it_with_strict()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => d["pools"]!.AsArray().Add(JsonNode.Parse("""{"id":"spare","name":"Spare","strategy":"round_robin","members":[{"repId":"r1"}]}""")));

        var relaxed = await LintAsync(file);
        var strict = await LintAsync(file, "--strict");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Failed), (relaxed.Exit, strict.Exit));
        Assert.Equal("pools[1]", relaxed.Row("warning")[1]);   // no workflow assigns to it: unused
    }

    [Fact]
    public async Task lint_without_a_file_lints_the_live_configuration()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);

        var run = await LintAsync();

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Matches(@"the live configuration: 0 errors", run.Output);
    }

    [Fact]
    public async Task lint_json_prints_the_servers_findings_as_they_are_and_keeps_the_exit_code()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Field(d, "regoin"));

        var run = await LintAsync(file, "--json");

        Assert.Equal(ExitCodes.Failed, run.Exit);
        var finding = JsonNode.Parse(run.Raw)!["findings"]!.AsArray().Single(f => f!["severity"]!.GetValue<string>() == "error")!;
        Assert.Equal(("workflows[0].conditions.all[0].field", "region"), (finding["path"]!.GetValue<string>(), finding["suggestion"]!.GetValue<string>()));
        Assert.DoesNotContain("error", run.Output);   // the table is left out: stdout is the JSON
    }

    [Fact]
    public async Task lint_of_an_invalid_draft_prints_the_servers_errors_by_path_and_exits_1()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => d["pools"]![0]!["strategy"] = "round_robbin");

        var run = await LintAsync(file);

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains("config.pools[0].strategy", run.Output);
    }

    [Fact]
    public async Task lint_of_a_file_that_is_not_json_exits_2_naming_the_file()
    {
        var run = await LintAsync(server.File("{ \"workflows\": [", "broken.json"));

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
        Assert.Contains("broken.json", run.Output);
    }

    [Fact]
    public async Task lint_with_a_refused_key_exits_4()
    {
        var run = await LintAsync("--key", "sb_not_a_key");

        Assert.Equal(ExitCodes.KeyRefused, run.Exit);
        Assert.Contains("401", run.Output);
    }
}
