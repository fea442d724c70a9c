using System.Reflection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Switchboard.Application.Live;

namespace Switchboard.Server.Apis.Changes;

/// <summary>
/// One subscription written as Server-Sent Events until the client goes or the server stops: a "subscribed" comment
/// first (the subscription is open from then on), <c>first</c> if given, then an event per note (<c>id</c>,
/// <c>event</c> = kind, <c>data</c> = JSON), and a heartbeat comment whenever nothing was written for a heartbeat interval.
/// </summary>
public sealed class ChangeStream(LiveSubscription subscription, TimeSpan heartbeat, LiveUpdate? first = null) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteAsync(HttpContext context)
    {
        using var _ = subscription;
        var response = context.Response;
        // The stream ends when the client goes or the server stops (else a stop would wait for every open stream).
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        var ct = ended.Token;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // proxies such as nginx must not hold events back
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await response.WriteAsync("retry: 2000\n: subscribed\n\n", ct);
            if (first is not null) await WriteAsync(response, first, ct);
            await response.Body.FlushAsync(ct);
            while (await NextAsync(response, ct))
            {
                while (subscription.TryRead(out var update)) await WriteAsync(response, update, ct);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Waits for notes, writing a heartbeat comment every interval meanwhile; false when the subscription ended.</summary>
    private async Task<bool> NextAsync(HttpResponse response, CancellationToken ct)
    {
        while (true)
        {
            using var beat = CancellationTokenSource.CreateLinkedTokenSource(ct);
            beat.CancelAfter(heartbeat);
            try
            {
                return await subscription.WaitToReadAsync(beat.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                await response.WriteAsync(": heartbeat\n\n", ct);
                await response.Body.FlushAsync(ct);
            }
        }
    }

    private static Task WriteAsync(HttpResponse response, LiveUpdate update, CancellationToken ct) =>
        response.WriteAsync($"id: {update.Seq}\nevent: {update.Kind}\ndata: {LiveWire.ToJson(update)}\n\n", ct);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(LiveUpdate), [ContentType]));
}
