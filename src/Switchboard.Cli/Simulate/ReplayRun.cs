using System.Net;
using System.Text.Json.Nodes;
using Spectre.Console;
using Switchboard.Cli.Config;

namespace Switchboard.Cli.Simulate;

/// <summary>
/// A replay: <c>POST /api/simulate {config?, replay}</c> starts a job (<c>202</c>, <c>Location: /api/simulate/jobs/{id}</c>),
/// polled every <see cref="Poll"/> with a progress bar on a terminal until it is done, failed or cancelled; Ctrl-C cancels
/// it on the server (<c>DELETE</c>) and exits <see cref="ExitCodes.Interrupted"/>. A finished job's result is shown by
/// <see cref="ReplayView"/>.
/// </summary>
public sealed class ReplayRun(ConfigClient client, Output output, TimeSpan poll)
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan CancelTimeout = TimeSpan.FromSeconds(1.5);

    public async Task<int> RunAsync(string body, bool json, CancellationToken ct)
    {
        var started = await client.AskAsync(HttpMethod.Post, SimulateCommand.Path, body, ct);
        if (!started.IsSuccess)
        {
            if (json) await output.CopyAsync(started, ct);
            return output.Refused(started, SimulateCommand.Path);
        }
        if (started.Status != HttpStatusCode.Accepted) return await FinishedAsync(started, started.Body?["result"] as JsonObject ?? started.Body, json, ct);
        var job = started.Location?.PathAndQuery ?? started.Body?["url"]?.ToString() ?? $"{SimulateCommand.Path}/jobs/{started.Body?["id"]}";
        ServerAnswer last;
        try
        {
            last = output.Console.Profile.Capabilities.Interactive
                ? await output.Console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("replaying", maxValue: 1);
                        return await PollAsync(job, (done, total) => { task.MaxValue = Math.Max(1, total); task.Value = done; }, ct);
                    })
                : await PollAsync(job, null, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return await CancelAsync(job);
        }
        if (!last.IsSuccess)
        {
            if (json) await output.CopyAsync(last, ct);
            return output.Refused(last, job, invalid: ExitCodes.Failed);
        }
        return last.Body?["status"]?.ToString() switch
        {
            "done" => await FinishedAsync(last, last.Body["result"] as JsonObject, json, ct),
            var status => await EndedAsync(last, status, json, ct),
        };
    }

    /// <summary>Polls the job until it is no longer queued or running (or the server refuses a poll), reporting progress.</summary>
    private async Task<ServerAnswer> PollAsync(string job, Action<double, double>? progress, CancellationToken ct)
    {
        while (true)
        {
            var answer = await client.AskAsync(HttpMethod.Get, job, null, ct);
            if (!answer.IsSuccess) return answer;
            if (answer.Body?["progress"] is JsonObject done)
                progress?.Invoke(Nodes.Number(done["done"]), Nodes.Number(done["total"]));
            if (answer.Body?["status"]?.ToString() is not ("queued" or "running")) return answer;
            await Task.Delay(poll, ct);
        }
    }

    private async Task<int> CancelAsync(string job)
    {
        using var timeout = new CancellationTokenSource(CancelTimeout);
        try
        {
            var cancelled = await client.AskAsync(HttpMethod.Delete, job, null, timeout.Token);
            output.Errors.MarkupLineInterpolated($"[yellow]cancelled:[/] the replay {job} {(cancelled.IsSuccess ? "was cancelled on the server" : $"could not be cancelled ({(int)cancelled.Status})")}");
        }
        catch (Exception error) when (error is OperationCanceledException or ConfigCommandException)
        {
            output.Errors.MarkupLineInterpolated($"[yellow]cancelled:[/] stopped waiting; the replay {job} could not be cancelled on the server: {error.Message}");
        }
        return ExitCodes.Interrupted;
    }

    private async Task<int> FinishedAsync(ServerAnswer answer, JsonObject? result, bool json, CancellationToken ct)
    {
        if (json) await output.CopyAsync(answer, ct);
        else if (result is not null) ReplayView.Show(output.Console, result);
        return ExitCodes.Ok;
    }

    private async Task<int> EndedAsync(ServerAnswer answer, string? status, bool json, CancellationToken ct)
    {
        if (json) await output.CopyAsync(answer, ct);
        var why = answer.Body?["error"] switch
        {
            null => "",
            JsonObject problem => $": {problem["detail"] ?? problem["message"] ?? problem["title"] ?? problem}",
            var error => $": {error}",
        };
        output.Errors.MarkupLineInterpolated($"[red]replay {status ?? "ended"}[/]{why}");
        return ExitCodes.Failed;
    }
}
