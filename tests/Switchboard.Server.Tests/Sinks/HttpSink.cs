using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Switchboard.Server.Tests.Sinks;

/// <summary>
/// A real local HTTP listener that records every request (Slack and webhook receivers in tests).
/// It can answer 503 for a while (<see cref="FailNext"/>) to play a receiver that is down and comes back.
/// </summary>
public sealed class HttpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private readonly HttpListener _listener;
    private int _failNext;

    private HttpSink(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
    }

    public int Port { get; }
    public string Url(string path = "/hook") => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Every request so far, answered 200 or 503.</summary>
    public IReadOnlyList<Received> Requests => [.. _received];

    /// <summary>The requests answered 200 so far.</summary>
    public IReadOnlyList<Received> Delivered => [.. _received.Where(r => r.Status == 200)];

    /// <summary>
    /// Listens on a free loopback port. The port is found by binding port 0 and letting it go, so another process may
    /// take it first: then it tries another.
    /// </summary>
    public static HttpSink Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
                continue;
            }
            var sink = new HttpSink(listener, port);
            _ = Task.Run(sink.Serve);
            return sink;
        }
    }

    /// <summary>The next <paramref name="count"/> requests are answered 503 (and still recorded as attempts).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    /// <summary>
    /// Waits until at least <paramref name="count"/> requests were answered 200, woken by each arrival, and returns
    /// them (fewer when <paramref name="timeout"/>, generous by default for a loaded machine, passes first).
    /// </summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var patience = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            while (Delivered.Count < count) await _arrivals.WaitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
        }
        return Delivered;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = Interlocked.Decrement(ref _failNext) >= 0 ? 503 : 200;
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            _received.Enqueue(new Received(context.Request.Url!.AbsolutePath, headers, body, status, DateTime.UtcNow));
            _arrivals.Release();
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        _listener.Close();
        return ValueTask.CompletedTask;
    }

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTime At);
}
