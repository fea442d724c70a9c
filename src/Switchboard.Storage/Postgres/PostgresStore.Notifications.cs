using Npgsql;

namespace Switchboard.Storage;

// LISTEN/NOTIFY: one statement sends every payload (in a transaction, at its commit); a listener holds its own connection.
public sealed partial class PostgresStore
{
    /// <summary>The application_name of a listening connection (pg_stat_activity shows it).</summary>
    public const string ListenerName = "switchboard-listener";

    internal override string NotifySql => "SELECT pg_notify(@channel, payload) FROM unnest(@payloads::text[]) AS payload";

    public override async Task ListenAsync(Action<string> received, Action listening, TimeSpan probe, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        connection.Notification += (_, e) => received(e.Payload);
        await using (var listen = new NpgsqlCommand($"SET application_name = '{ListenerName}'; LISTEN {Notifications.Channel}", connection))
            await listen.ExecuteNonQueryAsync(ct);
        listening();
        while (true)
        {
            if (await connection.WaitAsync(probe, ct)) continue;
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteNonQueryAsync(ct);
        }
    }
}
