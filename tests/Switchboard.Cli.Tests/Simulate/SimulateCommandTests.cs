using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Cli.Tests.Config;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests.Simulate;

/// <summary><c>switchboard simulate --lead</c> against a real server process: owner, status, pool and each workflow's verdict.</summary>
public sealed class SimulateCommandTests(ConfigServer server) : IClassFixture<ConfigServer>
{
    private Task<CliRun> SimulateAsync(params string[] args) => Cli.RunAsync(server.Process.Address, ["simulate", .. args]);

    [Fact]
    public async Task simulate_lead_shows_the_owner_and_the_condition_that_failed_in_a_workflow_that_did_not_match()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var lead = server.File("""{"email":"tanaka@example.jp","region":"東京都"}""", "lead.json");

        var run = await SimulateAsync("--lead", lead);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Matches(@"owner: r\d \(Rep r\d\)\s+status: assigned\s+pool: inbound", run.Output);
        var hokkaido = run.Row("lead.created");
        Assert.Equal(("hokkaido (Hokkaido)", "not matched"), (hokkaido[2], hokkaido[3]));
        Assert.Equal("conditions.all[0]: region \"東京都\" does not contain \"北海道\"", hokkaido[4]);
        Assert.Equal("inbound (Everything else)", run.Row("lead.created", skip: 1)[2]);
        Assert.Equal("matched", run.Row("lead.created", skip: 1)[3]);
    }

    [Fact]
    public async Task simulate_leads_under_a_draft_routes_each_by_the_draft_and_writes_nothing()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var draft = await server.PulledAsync(d => d["workflows"]![0]!["conditions"]!["all"]![0]!["value"] = "東京都");
        var leads = server.File("""[{"email":"a@example.jp","region":"東京都"},{"email":"b@example.jp","region":"北海道"}]""", "leads.json");
        using var admin = server.Process.Client();
        var before = (await admin.GetFromJsonAsync<JsonObject>("/api/leads"))!.ToJsonString();

        var run = await SimulateAsync("--lead", leads, "--config", draft);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("Preview under the draft configuration", run.Output);
        Assert.Contains("lead 1: a@example.jp", run.Output);
        Assert.Matches(@"lead 1: a@example.jp[^\n]*\n\s*owner: sato \(Rep sato\)", run.Output);
        Assert.Matches(@"lead 2: b@example.jp[^\n]*\n\s*owner: r\d", run.Output);
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonObject>("/api/leads"))!.ToJsonString());
    }

    [Fact]
    public async Task simulate_json_prints_the_servers_answer_as_it_is()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);

        var run = await SimulateAsync("--lead", server.File("""{"email":"s@example.jp","region":"北海道札幌市"}"""), "--json");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal("sato", JsonNode.Parse(run.Raw)!["leads"]![0]!["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task simulate_of_a_lead_the_server_refuses_exits_2_with_the_field_path()
    {
        var run = await SimulateAsync("--lead", server.File("""{"email":"not an email"}"""));

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
        Assert.Contains("leads[0].email", run.Output);
    }

    [Theory]
    [InlineData]                                               // neither a lead nor a period
    [InlineData("--from", "2026-11-01")]                       // a period without its end
    [InlineData("--lead", "LEAD", "--from", "2026-11-01", "--to", "2026-12-01")]   // both
    [InlineData("--lead", "/no/such/lead.json")]
    [InlineData("--lead", "LEAD", "--colour")]
    public async Task simulate_with_options_that_do_not_go_together_is_a_usage_error(params string[] args)
    {
        var lead = server.File("""{"email":"a@example.jp"}""");

        var run = await SimulateAsync([.. args.Select(a => a == "LEAD" ? lead : a)]);

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
    }

    [Fact]
    public async Task simulate_of_a_lead_file_that_is_not_json_exits_2_naming_the_file()
    {
        var run = await SimulateAsync("--lead", server.File("email,region\na@example.jp,東京都", "leads.csv"));

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
        Assert.Contains("leads.csv", run.Output);
    }

    [Fact]
    public async Task simulate_replay_of_a_period_prints_the_leads_per_rep_real_and_under_the_draft()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        using (var admin = server.Process.Client())
            for (var i = 0; i < 7; i++)
                Assert.True((await admin.PostAsync("/api/leads", HttpJson.Body($$"""{"email":"replay{{i}}@example.jp","region":"東京都"}"""))).IsSuccessStatusCode);
        var draft = await server.PulledAsync(d => d["workflows"]![0]!["conditions"]!["all"]![0]!["value"] = "東京都");
        var (today, tomorrow) = (DateTime.UtcNow.ToString("yyyy-MM-dd"), DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));

        var run = await SimulateAsync("--from", today, "--to", tomorrow, "--config", draft);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(["Rep sato (sato)", "0", "7", "+7"], run.Row("Rep sato (sato)")[..4]);
        Assert.Contains("owners changed: 7", run.Output);
    }
}
