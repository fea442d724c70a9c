using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Switchboard.Cli.Config;

namespace Switchboard.Cli.Simulate;

/// <summary>
/// <c>switchboard simulate</c> through <c>POST /api/simulate</c>, under the live configuration or a draft (<c>--config</c>):
/// <c>--lead lead.json</c> previews new leads (owner, status, pool and every workflow's verdict, <see cref="PreviewView"/>);
/// <c>--from … --to … [--source …]</c> replays the leads of a period as a job (<see cref="ReplayRun"/>). Nothing is written.
/// </summary>
public static class SimulateCommand
{
    public const string Path = "/api/simulate";

    public static Command Create(Output output, TimeSpan? poll = null)
    {
        var lead = new Option<FileInfo>("--lead") { Description = "A JSON file with one lead object or an array of them, as POST /api/leads takes them: preview where each would go" }.AcceptExistingOnly();
        var config = new Option<FileInfo>("--config") { Description = "A draft configuration file (as config pull wrote it, then edited); left out, the live configuration" }.AcceptExistingOnly();
        var from = new Option<string?>("--from") { Description = "Replay the leads created from this day (2026-11-01) or instant" };
        var to = new Option<string?>("--to") { Description = "… up to this day (2026-12-01) or instant" };
        var source = new Option<string?>("--source") { Description = "Replay only the leads of this source (web, partner, …)" };
        var json = new Option<bool>("--json") { Description = "Print the server's answer as it is (for a replay, the finished job), for scripts" };
        var connection = new ConfigCommand.Connection(ServerOptions.Server(), ServerOptions.Key("the manager or admin role"));
        var command = new Command("simulate", "Preview leads (--lead) or replay a period (--from, --to) under the live configuration or a draft (--config); nothing is written.")
        {
            lead, config, from, to, source, json, connection.Server, connection.Key,
        };
        command.Validators.Add(result =>
        {
            bool Given(Option option) => result.GetResult(option) is { Implicit: false };
            var (leads, replay) = (Given(lead), Given(from) || Given(to));
            if (leads == replay) result.AddError("simulate takes either --lead lead.json (a preview) or --from and --to (a replay)");
            else if (replay && !(Given(from) && Given(to))) result.AddError("a replay takes both --from and --to");
            else if (leads && Given(source)) result.AddError("--source applies to a replay (--from, --to), not to --lead");
        });
        command.SetAction(ConfigCommand.Guarded(output.Errors, connection, async (client, parsed, ct) =>
        {
            var body = new JsonObject();
            if (parsed.GetValue(config) is { } draft && Load(output, draft, "config", body) is { } bad) return bad;
            if (parsed.GetValue(lead) is { } leads)
            {
                if (Load(output, leads, "leads", body) is { } unreadable) return unreadable;
                if (body["leads"] is JsonObject one) body["leads"] = new JsonArray(one.DeepClone());
                return await PreviewAsync(client, output, body, parsed.GetValue(json), ct);
            }
            body["replay"] = new JsonObject { ["from"] = parsed.GetValue(from), ["to"] = parsed.GetValue(to) };
            if (parsed.GetValue(source) is { } only) body["replay"]!["source"] = only;
            return await new ReplayRun(client, output, poll ?? ReplayRun.Poll).RunAsync(body.ToJsonString(), parsed.GetValue(json), ct);
        }));
        return command;
    }

    /// <summary>Puts the file's JSON under <paramref name="name"/>; answers <see cref="ExitCodes.BadUsage"/> after saying why it does not read.</summary>
    private static int? Load(Output output, FileInfo file, string name, JsonObject body)
    {
        var unreadable = JsonFile.Read(file, out var json);
        if (unreadable is null && name == "config" && json is not JsonObject) unreadable = $"{file.Name}: a configuration is one JSON object";
        if (unreadable is null && name == "leads" && json is not (JsonObject or JsonArray)) unreadable = $"{file.Name}: leads are one lead object or an array of them";
        if (unreadable is not null)
        {
            output.Errors.MarkupLineInterpolated($"[red]error:[/] {unreadable}");
            return ExitCodes.BadUsage;
        }
        body[name] = json;
        return null;
    }

    private static async Task<int> PreviewAsync(ConfigClient client, Output output, JsonObject body, bool json, CancellationToken ct)
    {
        var answer = await client.AskAsync(HttpMethod.Post, Path, body.ToJsonString(), ct);
        if (json) await output.CopyAsync(answer, ct);
        if (!answer.IsSuccess) return output.Refused(answer, Path);
        if (!json) PreviewView.Show(output.Console, answer.Body!, body["leads"]!.AsArray());
        return ExitCodes.Ok;
    }
}
