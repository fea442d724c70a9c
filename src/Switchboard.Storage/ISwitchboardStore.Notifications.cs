namespace Switchboard.Storage;

/// <summary>
/// Notifications between the server processes sharing one database (PostgreSQL LISTEN/NOTIFY on
/// <see cref="Notifications.Channel"/>): short text payloads the application encodes. SQLite has no other processes to
/// tell (several processes on one SQLite file are not a supported way to scale): <see cref="Notifies"/> is false and
/// sending does nothing.
/// </summary>
public partial interface ISwitchboardStore
{
    /// <summary>True when other processes can share this database and hear what <see cref="NotifyAsync"/> sends.</summary>
    bool Notifies { get; }

    /// <summary>Sends the payloads now (its own statement, committed at once) to every process listening.</summary>
    /// <exception cref="ArgumentException">A payload is longer than <see cref="Notifications.MaxPayloadBytes"/> in UTF-8.</exception>
    Task NotifyAsync(IReadOnlyList<string> payloads, CancellationToken ct = default);

    /// <summary>
    /// Listens on its own connection: calls <paramref name="listening"/> once it listens, then <paramref name="received"/>
    /// for every payload any process sends, until <paramref name="ct"/> is cancelled or the connection fails (the task
    /// then throws; listen again). The connection is probed every <paramref name="probe"/> so a silent break is found.
    /// </summary>
    /// <exception cref="NotSupportedException">The store does not notify (<see cref="Notifies"/> is false).</exception>
    Task ListenAsync(Action<string> received, Action listening, TimeSpan probe, CancellationToken ct);
}

public partial interface IRoutingTransaction
{
    /// <summary>Sends the payloads when this transaction commits, and never when it rolls back (SQLite: nothing).</summary>
    /// <exception cref="ArgumentException">A payload is longer than <see cref="Notifications.MaxPayloadBytes"/> in UTF-8.</exception>
    Task NotifyAsync(IReadOnlyList<string> payloads, CancellationToken ct = default);
}

public static class Notifications
{
    /// <summary>The PostgreSQL channel of the processes of one database.</summary>
    public const string Channel = "switchboard_changes";

    /// <summary>The longest payload, in UTF-8 bytes: below PostgreSQL's 8000-byte NOTIFY limit.</summary>
    public const int MaxPayloadBytes = 7_800;
}
