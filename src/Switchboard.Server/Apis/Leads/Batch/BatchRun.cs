using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Intake;
using Switchboard.Application.Keys;
using Switchboard.Application;
using Switchboard.Server.Auth;
using Switchboard.Server.Hosting;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// Routes the items of a checked batch in order and streams one result per item. Each valid item is a
/// submission given to <see cref="LeadService.CreateAsync"/>; the routing writer group-commits them
/// (up to MaxGroupCommit per transaction); at most two transactions' worth of items are parsed and waiting
/// at once, so the server holds a chunk of the batch, not the batch. An invalid item is answered with
/// its errors and the others go on.
/// </summary>
internal sealed class BatchRun(BatchBody body, string? idempotencyKey) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var leads = services.GetRequiredService<LeadService>();
        var window = 2 * services.GetRequiredService<SwitchboardOptions>().MaxGroupCommit;
        var log = services.GetRequiredService<ILogger<BatchRun>>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var ct = context.RequestAborted;

        var output = new BatchResultWriter(context.Response, body.IsNdjson, json, showOwner: !context.User.IsInRole(ApiKeys.Intake));
        output.Start();
        var pending = new Queue<Pending>(window);
        var index = 0;
        await foreach (var bytes in ItemSplitter.For(body.IsNdjson).ItemsAsync(body.Stream, ct))
        {
            pending.Enqueue(Start(leads, index++, bytes.Span));
            if (pending.Count >= window) await CompleteAsync(pending.Dequeue(), output, log, ct);
        }
        while (pending.Count > 0) await CompleteAsync(pending.Dequeue(), output, log, ct);
        await output.FinishAsync(ct);
    }

    private Pending Start(LeadService leads, int index, ReadOnlySpan<byte> bytes)
    {
        if (JsonText.FindInvalid(bytes) is { } text) return Pending.Done(BatchResult.Invalid(index, [text with { Path = text.Path == "$" ? "" : text.Path }]));
        if (JsonNode.Parse(bytes) is not JsonObject lead) return Pending.Done(BatchResult.Invalid(index, [new ValidationError("", "must be a JSON object (a lead)")]));
        var errors = LeadInput.ValidateCreate(lead, out var externalId, out var data);
        if (errors.Count > 0) return Pending.Done(BatchResult.Invalid(index, errors));
        var key = idempotencyKey is null ? null : $"{idempotencyKey}/{index}";
        return new Pending(index, null, leads.CreateAsync(new Submission(data, externalId, key)));
    }

    private static async Task CompleteAsync(Pending item, BatchResultWriter output, ILogger log, CancellationToken ct)
    {
        if (item.Routing is null)
        {
            output.Write(item.Result!);
            return;
        }
        if (!item.Routing.IsCompleted) await output.FlushAsync(ct);
        try
        {
            output.Write(BatchResult.From(item.Index, await item.Routing));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.BatchItemFailed(error, item.Index);
            output.Write(BatchResult.Invalid(item.Index, [new ValidationError("", "could not be stored; send it again")]));
        }
    }

    private sealed record Pending(int Index, BatchResult? Result, Task<LeadOutcome>? Routing)
    {
        public static Pending Done(BatchResult result) => new(result.Index, result, null);
    }
}
