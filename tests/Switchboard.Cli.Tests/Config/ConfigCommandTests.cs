using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests.Config;

/// <summary><c>switchboard config pull|diff|push|versions</c> against a real server process.</summary>
public sealed class ConfigCommandTests(ConfigServer server) : IClassFixture<ConfigServer>
{
    private static void Hokkaido(JsonObject document, string region) =>
        document["workflows"]![0]!["conditions"]!["all"]![0]!["value"] = region;

    private async Task<JsonObject> LiveAsync()
    {
        using var admin = server.Process.Client();
        return (await admin.GetFromJsonAsync<JsonObject>("/api/config"))!;
    }

    private async Task<JsonObject> NewestVersionAsync()
    {
        using var admin = server.Process.Client();
        return (await admin.GetFromJsonAsync<JsonObject>("/api/config/versions"))!["items"]![0]!.AsObject();
    }

    [Fact]
    public async Task pull_writes_the_live_document_with_its_version_and_nothing_else()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);

        var (exit, output, document) = await server.RunAsync("pull");

        Assert.Equal((ExitCodes.Ok, ""), (exit, output));
        var pulled = JsonNode.Parse(document)!.AsObject();
        Assert.Equal(version, pulled["version"]!.GetValue<int>());
        Assert.Equal("北海道", pulled["workflows"]![0]!["conditions"]!["all"]![0]!["value"]!.GetValue<string>());
        Assert.Contains("\"北海道\"", document);
    }

    [Fact]
    public async Task diff_prints_a_changed_condition_with_its_path_before_and_after()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Hokkaido(d, "東京都"));

        var (exit, output, _) = await server.RunAsync("diff", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"live version {version} → ", output);
        Assert.Contains("0 added, 0 removed, 1 changed", output);
        Assert.Contains("~ workflows[id=hokkaido].conditions.all[0].value: \"北海道\" → \"東京都\"", output);
    }

    [Fact]
    public async Task diff_with_exit_code_fails_only_when_the_file_differs()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);

        Assert.Equal(ExitCodes.Ok, (await server.RunAsync("diff", await server.PulledAsync(), "--exit-code")).Exit);
        Assert.Equal(ExitCodes.Failed, (await server.RunAsync("diff", await server.PulledAsync(d => Hokkaido(d, "東京都")), "--exit-code")).Exit);
    }

    [Fact]
    public async Task diff_names_a_misspelt_property_of_the_file_and_fails()
    {
        await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => d["workflows"]![0]!["stopOnMatc"] = true);

        var (exit, output, _) = await server.RunAsync("diff", file);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("stopOnMatc", output);
    }

    [Fact]
    public async Task push_with_yes_publishes_the_file_with_its_note()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Hokkaido(d, "東京都"));

        var (exit, output, _) = await server.RunAsync("push", file, "--note", "札幌 → 東京: territory moved", "--yes");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"published version {version + 1} (was {version})", output);
        Assert.Contains("\"北海道\" → \"東京都\"", output);
        var newest = await NewestVersionAsync();
        Assert.Equal((version + 1, "札幌 → 東京: territory moved"), (newest["version"]!.GetValue<int>(), newest["note"]!.GetValue<string>()));
        Assert.Equal("東京都", (await LiveAsync())["workflows"]![0]!["conditions"]!["all"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task push_refuses_when_the_server_moved_on_since_the_pull_and_names_the_newer_version()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Hokkaido(d, "東京都"));
        using (var admin = server.Process.Client())
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, "/api/reps/r1") { Content = HttpJson.Body("""{"level":3}""") };
            request.Headers.Add("X-Change-Note", "r1 promoted");
            Assert.True((await admin.SendAsync(request)).IsSuccessStatusCode);
        }

        var (exit, output, _) = await server.RunAsync("push", file, "--yes");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains($"the server moved on since", output);
        Assert.Contains($"based on version {version}, the server is at version {version + 1}", output);
        Assert.Contains("r1 promoted", output);
        Assert.Equal(version + 1, (await NewestVersionAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task push_of_a_file_that_changes_nothing_publishes_nothing()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);

        var (exit, output, _) = await server.RunAsync("push", await server.PulledAsync(), "--yes");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Nothing to publish", output);
        Assert.Equal(version, (await NewestVersionAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task push_of_an_invalid_configuration_prints_the_servers_errors_by_path_and_fails()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => d["pools"]![0]!["strategy"] = "round_robbin");

        var (exit, output, _) = await server.RunAsync("push", file, "--yes");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("pools[0].strategy", output);
        Assert.Equal(version, (await NewestVersionAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task push_of_a_condition_on_a_misspelt_field_shows_the_lint_error_and_fails_without_publishing()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => d["workflows"]![0]!["conditions"]!["all"]![0]!["field"] = "regoin");

        var (exit, output, _) = await server.RunAsync("push", file, "--yes");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("unknown", output); // the finding, in the table of findings
        Assert.Contains("lint found errors; nothing was published", output);
        Assert.Equal(version, (await NewestVersionAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task push_without_yes_where_nobody_can_answer_is_a_usage_error_and_publishes_nothing()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        var file = await server.PulledAsync(d => Hokkaido(d, "東京都"));

        var (exit, output, _) = await server.RunAsync("push", file);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("--yes", output);
        Assert.Equal(version, (await NewestVersionAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task versions_lists_each_version_with_its_author_and_note()
    {
        var version = await server.ResetAsync(TestConfigs.SevenRoundRobin);
        await server.RunAsync("push", await server.PulledAsync(d => Hokkaido(d, "沖縄県")), "--note", "Okinawa pilot", "--yes");

        var (exit, output, _) = await server.RunAsync("versions");

        Assert.Equal(ExitCodes.Ok, exit);
        var line = output.Split('\n').Single(l => l.Contains("Okinawa pilot"));
        Assert.Contains($"{version + 1}", line);
        Assert.Contains("admin", line);
    }

    [Fact]
    public async Task a_key_the_server_refuses_exits_4_and_says_so()
    {
        var (console, output) = CsvFiles.Console();
        var root = new System.CommandLine.RootCommand { global::Switchboard.Cli.Config.ConfigCommand.Create(console, new StringWriter(), console) };

        var exit = await Usage.InvokeAsync(root.Parse(["config", "versions", "--server", server.Process.Address.ToString(), "--key", "sb_not_a_key"]));

        Assert.Equal(ExitCodes.KeyRefused, exit);
        Assert.Contains("answered 401", output.ToString());
    }

    [Fact]
    public async Task a_push_of_a_missing_file_or_an_unknown_option_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.BadUsage, (await server.RunAsync("push", "/no/such/routing.json", "--yes")).Exit);
        Assert.Equal(ExitCodes.BadUsage, (await server.RunAsync("diff", "--colour")).Exit);
    }
}
