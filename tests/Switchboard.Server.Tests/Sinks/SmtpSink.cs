using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Switchboard.Server.Tests.Sinks;

/// <summary>
/// A real SMTP server for tests: Debian's python3-aiosmtpd writing every message into a maildir,
/// read back with MimeKit. <see cref="Available"/> is false when aiosmtpd is not installed.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string MissingReason = "aiosmtpd not found: apt-get install python3-aiosmtpd";
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpSink(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static bool Available { get; } = Probe();

    /// <summary>
    /// Starts aiosmtpd on a free loopback port. The port is found by binding port 0 and letting it go, so another
    /// process may take it first: then aiosmtpd exits, and it tries another.
    /// </summary>
    public static async Task<SmtpSink> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var maildir = Path.Combine(Path.GetTempPath(), "switchboard-smtp-" + Guid.NewGuid().ToString("N")[..12]);
            foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(maildir, sub));
            var port = FreePort();
            var start = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
                start.ArgumentList.Add(arg);
            var sink = new SmtpSink(Process.Start(start)!, maildir, port);
            try
            {
                await sink.WaitUntilListeningAsync();
                return sink;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await sink.DisposeAsync();
            }
        }
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = new[] { "new", "cur" }.Select(d => Path.Combine(_maildir, d)).Where(Directory.Exists).SelectMany(Directory.GetFiles);
        return [.. files.Select(f => MimeMessage.Load(f))];
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages arrived (or the timeout, generous by default for a loaded
    /// machine, passes) and returns them.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline && Messages().Count < count) await Task.Delay(50);
        return Messages();
    }

    /// <summary>Until aiosmtpd itself answers on the port with its greeting (another server there would not say "Python SMTP").</summary>
    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync());
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                using var reader = new StreamReader(client.GetStream());
                var greeting = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
                if (greeting?.StartsWith("220 ", StringComparison.Ordinal) == true && greeting.Contains("Python SMTP")) return;
                throw new InvalidOperationException($"another server holds port {Port}: {greeting}");
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("aiosmtpd did not start listening");
    }

    private static bool Probe()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { UseShellExecute = false, RedirectStandardError = true })!;
            probe.WaitForExit(10_000);
            return probe.ExitCode == 0;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_maildir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A fact that needs the real SMTP server; skipped with the reason when aiosmtpd is missing.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (!SmtpSink.Available) Skip = SmtpSink.MissingReason;
    }
}
