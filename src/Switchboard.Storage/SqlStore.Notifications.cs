using System.Data.Common;
using System.Text;
using Dapper;

namespace Switchboard.Storage;

// Notifications between processes: PostgreSQL sends them (NotifySql) and listens; SQLite has nobody to tell.
public abstract partial class SqlStore
{
    /// <summary>A statement sending @payloads (text[]) on @channel, or null when the dialect does not notify.</summary>
    internal virtual string? NotifySql => null;

    public bool Notifies => NotifySql is not null;

    public async Task NotifyAsync(IReadOnlyList<string> payloads, CancellationToken ct = default)
    {
        if (NotifySql is null || Checked(payloads).Count == 0) return;
        await using var connection = await OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(NotifySql, NotifyArgs(payloads), cancellationToken: ct));
    }

    /// <summary>Sends the payloads in the session's transaction: PostgreSQL delivers them at commit, or never.</summary>
    internal async Task NotifyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> payloads, CancellationToken ct)
    {
        if (NotifySql is null || Checked(payloads).Count == 0) return;
        await connection.ExecuteAsync(new CommandDefinition(NotifySql, NotifyArgs(payloads), transaction, cancellationToken: ct));
    }

    public virtual Task ListenAsync(Action<string> received, Action listening, TimeSpan probe, CancellationToken ct) =>
        throw new NotSupportedException($"the {Dialect} store does not notify other processes");

    private static object NotifyArgs(IReadOnlyList<string> payloads) => new { channel = Notifications.Channel, payloads = payloads.ToArray() };

    private static IReadOnlyList<string> Checked(IReadOnlyList<string> payloads)
    {
        foreach (var payload in payloads)
            if (Encoding.UTF8.GetByteCount(payload) > Notifications.MaxPayloadBytes)
                throw new ArgumentException($"a notification payload is longer than {Notifications.MaxPayloadBytes} UTF-8 bytes", nameof(payloads));
        return payloads;
    }
}
