using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Switchboard.Cli.Config;

namespace Switchboard.Cli.Reports;

/// <summary>
/// <c>switchboard report distribution|speed-to-lead|sla|funnel [--from] [--to] [--time-zone] [--pool] [--rep] [--source]
/// [--workflow] [--csv|--json]</c>: <c>GET /api/reports/&lt;name&gt;</c> with the same parameters, printed as tables with
/// bars; <c>--csv</c> and <c>--json</c> write the server's answer as it is. A parameter the server refuses exits 2 with
/// the server's reason per parameter.
/// </summary>
public static class ReportCommand
{
    /// <summary>Each report, its help, and how it is drawn.</summary>
    private static readonly (string Name, string Help, Action<IAnsiConsole, JsonObject> Show)[] Reports =
    [
        ("distribution", "Fairness per pool: each rep's assigned, expected and deviation, skips by reason, and the pool's spread", DistributionView.Show),
        ("speed-to-lead", "Created → assigned and assigned → first touch: p50, p90, p99 by rep, pool, source and day; leads untouched now", SpeedToLeadView.Show),
        ("sla", "SLA breaches, reassignments, escalations and breach rate by rep and pool", SlaView.Show),
        ("funnel", "Leads by stage with the conversion between stages, deals by stage, won and lost by source and campaign, ROI", FunnelView.Show),
    ];

    public static Command Create(Output output)
    {
        var parameters = new (Option<string?> Option, string Name)[]
        {
            (new("--from") { Description = "First day (2026-11-01, in --time-zone) or instant [default: 30 days ago]" }, "from"),
            (new("--to") { Description = "Last day, included (2026-11-30), or instant, excluded [default: today]" }, "to"),
            (new("--time-zone") { Description = "IANA time zone for the days (Asia/Tokyo) [default: UTC]" }, "timeZone"),
            (new("--pool") { Description = "Only this pool (its id)" }, "pool"),
            (new("--rep") { Description = "Only this rep (its id)" }, "rep"),
            (new("--source") { Description = "Only leads of this source" }, "source"),
            (new("--workflow") { Description = "Only decisions of this workflow (distribution and sla)" }, "workflow"),
        };
        var csv = new Option<bool>("--csv") { Description = "Write the report as CSV (the server's, as it is) for a spreadsheet" };
        var json = new Option<bool>("--json") { Description = "Write the server's JSON answer as it is, for scripts" };
        var connection = new ConfigCommand.Connection(ServerOptions.Server(), ServerOptions.Key("the manager or admin role"));
        var command = new Command("report", "Reports over a period as tables with bars: distribution, speed-to-lead, sla, funnel.");
        foreach (var option in parameters.Select(p => (Option)p.Option).Append(csv).Append(json).Append(connection.Server).Append(connection.Key))
        {
            option.Recursive = true;
            command.Options.Add(option);
        }
        foreach (var (name, help, show) in Reports)
        {
            var report = new Command(name, help);
            report.Validators.Add(result =>
            {
                if (result.GetValue(csv) && result.GetValue(json)) result.AddError("--csv and --json: choose one");
            });
            report.SetAction(ConfigCommand.Guarded(output.Errors, connection, async (client, parsed, ct) =>
            {
                var query = parameters.Select(p => (p.Name, Value: parsed.GetValue(p.Option)))
                    .Append((Name: "format", Value: parsed.GetValue(csv) ? "csv" : null)).Where(p => p.Value is not null)
                    .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
                var path = $"/api/reports/{name}";
                var answer = await client.AskAsync(HttpMethod.Get, $"{path}?{string.Join('&', query)}", null, ct);
                if (!answer.IsSuccess) return output.Refused(answer, path);
                if (parsed.GetValue(csv) || parsed.GetValue(json)) await output.CopyAsync(answer, ct);
                else if (answer.Body is { } body)
                {
                    Period(output.Console, name, body["period"]);
                    show(output.Console, body);
                }
                else throw new ConfigCommandException($"{path} answered something that is not a JSON object");
                return ExitCodes.Ok;
            }));
            command.Subcommands.Add(report);
        }
        return command;
    }

    /// <summary>The report's title line: its name, the period, the time zone and the filters in force.</summary>
    private static void Period(IAnsiConsole console, string name, JsonNode? period)
    {
        var filters = new[] { "pool", "rep", "source", "workflow" }.Where(f => period?[f] is not null).Select(f => $"{f} {period![f]}");
        var also = string.Join(", ", filters);
        console.MarkupLineInterpolated($"[bold]{name}[/] {Nodes.Text(period?["from"])} → {Nodes.Text(period?["to"])} ({Nodes.Text(period?["timeZone"])}){(also.Length > 0 ? "; " + also : "")}");
    }
}
