using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Cli.Simulate;

namespace Switchboard.Cli.Tests.Simulate;

/// <summary>A replay's job polling, cancelling and rendering, against the job API's contract in memory (<see cref="FakeReplayServer"/>).</summary>
public sealed class ReplayRunTests
{
    private const string Body = """{"replay":{"from":"2026-11-01","to":"2026-12-01"}}""";
    private readonly FakeReplayServer _server = new();

    private async Task<CliRun> RunAsync(bool json = false, CancellationToken ct = default)
    {
        var (console, output) = CsvFiles.Console();
        using var raw = new MemoryStream();
        using var client = _server.Client();
        var exit = await new ReplayRun(client, new Output(console, raw, console), TimeSpan.FromMilliseconds(1)).RunAsync(Body, json, ct);
        return new CliRun(exit, output.ToString(), raw.ToArray());
    }

    [Fact]
    public async Task replay_polls_the_job_until_done_then_prints_each_reps_real_and_draft_counts_with_the_change()
    {
        _server.Polls.Enqueue(FakeReplayServer.Running(0, 4));
        _server.Polls.Enqueue(FakeReplayServer.Running(2, 4));
        _server.Polls.Enqueue(FakeReplayServer.Done(FakeReplayServer.Result));

        var run = await RunAsync();

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(3, _server.Requests.Count(r => r.Method == HttpMethod.Get && r.Path == FakeReplayServer.Job));
        Assert.Equal(["Ben (ben)", "1", "2", "+1"], run.Row("Ben (ben)")[..4]);
        Assert.Equal(["Ana (ana)", "3", "1", "-2"], run.Row("Ana (ana)")[..4]);
    }

    [Fact]
    public async Task replay_summary_says_owners_changed_unassigned_queued_the_spread_and_shows_changed_leads()
    {
        _server.Polls.Enqueue(FakeReplayServer.Done(FakeReplayServer.Result));

        var run = await RunAsync();

        Assert.Contains("Replay of 4 leads", run.Output);
        Assert.Contains("owners changed: 2 (50 %)   unassigned: 0   queued: 1", run.Output);
        Assert.Contains("spread per pool: Inbound 1.5", run.Output);
        Assert.Equal(["L1", "ana", "ben"], run.Row("L1"));
        Assert.Equal(["L2", "ana", "queued in inbound"], run.Row("L2"));
    }

    [Fact]
    public async Task ctrl_c_while_the_job_runs_cancels_it_on_the_server_and_exits_130()
    {
        using var ctrlC = new CancellationTokenSource();
        _server.Polls.Enqueue(FakeReplayServer.Running(1, 4));
        _server.OnPoll = poll => { if (poll == 2) ctrlC.Cancel(); };

        var run = await RunAsync(ct: ctrlC.Token);

        Assert.Equal(ExitCodes.Interrupted, run.Exit);
        Assert.Equal((HttpMethod.Delete, FakeReplayServer.Job), (_server.Requests[^1].Method, _server.Requests[^1].Path));
        Assert.Contains("was cancelled on the server", run.Output);
    }

    [Fact]
    public async Task a_failed_job_prints_its_error_and_exits_1()
    {
        _server.Polls.Enqueue("""{"id":"j1","status":"failed","progress":{"done":1,"total":4},"error":{"detail":"the database went away"}}""");

        var run = await RunAsync();

        Assert.Equal(ExitCodes.Failed, run.Exit);
        Assert.Contains("replay failed: the database went away", run.Output);
    }

    [Fact]
    public async Task replay_json_prints_the_finished_job_as_the_server_answered_it()
    {
        var done = FakeReplayServer.Done(FakeReplayServer.Result);
        _server.Polls.Enqueue(done);

        var run = await RunAsync(json: true);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal(JsonNode.Parse(done)!.ToJsonString(), JsonNode.Parse(run.Raw)!.ToJsonString());
        Assert.DoesNotContain("Leads per rep", run.Output);
    }

    [Fact]
    public async Task a_replay_the_server_refuses_exits_2_with_the_field_path_and_starts_no_job()
    {
        _server.Start = () => FakeReplayServer.Answer(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"replay.to":["must not be before replay.from"]}}""");

        var run = await RunAsync();

        Assert.Equal(ExitCodes.BadUsage, run.Exit);
        Assert.Contains("replay.to: must not be before replay.from", run.Output);
        Assert.DoesNotContain(_server.Requests, r => r.Method == HttpMethod.Get);
    }
}
