using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Cli.Config;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests.Config;

/// <summary>
/// One real server process (SQLite) for the config command tests, which run one after another; each test starts by
/// publishing <see cref="TestConfigs.SevenRoundRobin"/> again and works from the version that made.
/// </summary>
public sealed class ConfigServer : IAsyncLifetime
{
    public ServerProcess Process { get; private set; } = null!;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-config-" + Guid.NewGuid().ToString("N")[..10]);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Process = await ServerProcess.StartAsync();
    }

    /// <summary>Publishes the base configuration (or a change of it) and answers the live version.</summary>
    public async Task<int> ResetAsync(string config)
    {
        using var admin = Process.Client();
        var document = JsonNode.Parse(config)!.AsObject();
        document["settings"]!["dedupe"] = "create"; // always a change, so always a new version
        await admin.PutAsync("/api/config", HttpJson.Body(document.ToJsonString()));
        var put = await admin.PutAsync("/api/config", HttpJson.Body(config));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        return (await put.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>();
    }

    /// <summary>Runs <c>switchboard config …</c> against the server; answers the exit code, what people read, and what pull wrote.</summary>
    public async Task<(int Exit, string Output, string Document)> RunAsync(params string[] args)
    {
        var (console, output) = CsvFiles.Console();
        var document = new StringWriter();
        var root = new RootCommand { ConfigCommand.Create(console, document, console) };
        var exit = await Usage.InvokeAsync(root.Parse(["config", .. args, "--server", Process.Address.ToString(), "--key", SwitchboardApp.AdminKey]));
        return (exit, output.ToString(), document.ToString());
    }

    public string File(string text, string name = "routing.json")
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N")[..6] + "-" + name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Pulls the live configuration into a file, changed by <paramref name="edit"/>.</summary>
    public async Task<string> PulledAsync(Action<JsonObject>? edit = null)
    {
        var (exit, _, text) = await RunAsync("pull");
        Assert.Equal(ExitCodes.Ok, exit);
        var document = JsonNode.Parse(text)!.AsObject();
        edit?.Invoke(document);
        return File(document.ToJsonString());
    }

    public async Task DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
