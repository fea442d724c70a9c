using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Switchboard.Server.Tests.Sinks;

/// <summary>
/// A real local HTTP listener that records every request (Slack and webhook receivers in tests).
/// It can answer 503 for a while (<see cref="FailNext"/>) or be stopped and started again on the
/// same port to play a receiver that is down and comes back.
/// </summary>
public sealed class HttpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private HttpListener? _listener;
    private int _failNext;

    private HttpSink(int port) => Port = port;

    public int Port { get; }
    public string Url(string path = "/hook") => $"http://127.0.0.1:{Port}{path}";
    public IReadOnlyList<Received> Requests => [.. _received];

    public static HttpSink Start()
    {
        var sink = new HttpSink(FreePort());
        sink.Resume();
        return sink;
    }

    /// <summary>The next <paramref name="count"/> requests are answered 503 (and still recorded as attempts).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    /// <summary>Stops listening: connections are refused until <see cref="Resume"/>.</summary>
    public void Stop()
    {
        _listener?.Close();
        _listener = null;
    }

    public void Resume()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _listener = listener;
        _ = Task.Run(() => Serve(listener));
    }

    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline && _received.Count(r => r.Status == 200) < count) await Task.Delay(20);
        return [.. _received.Where(r => r.Status == 200)];
    }

    private async Task Serve(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
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
        Stop();
        return ValueTask.CompletedTask;
    }

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status, DateTime At);
}
