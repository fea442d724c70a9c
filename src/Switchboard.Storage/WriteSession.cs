using System.Data.Common;

namespace Switchboard.Storage;

/// <summary>
/// An open connection with a write transaction and the lock that came with it. Disposing without
/// <see cref="CommitAsync"/> rolls back; either way the lock is released. A session that saw a command fail
/// (<see cref="Fail"/>), or whose rollback failed, hands its connection to <paramref name="discard"/> before
/// closing it, so a connection left in an unknown protocol state never goes back to a pool.
/// </summary>
internal sealed class WriteSession(DbConnection connection, DbTransaction transaction, Action? release = null, Action<DbConnection>? discard = null)
    : IAsyncDisposable
{
    private bool _committed;
    private bool _disposed;
    private bool _failed;

    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;

    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction.CommitAsync(ct);
        _committed = true;
    }

    /// <summary>A command on this connection threw: the connection is not reused after the session.</summary>
    public void Fail() => _failed = true;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (!_committed)
            {
                // A failed rollback (broken connection) is not worth an exception on dispose: closing the
                // connection below abandons the transaction on the server as well.
                try { await Transaction.RollbackAsync(CancellationToken.None); }
                catch (DbException) { _failed = true; }
                catch (InvalidOperationException) { _failed = true; }
            }
            if (_failed) discard?.Invoke(Connection);
        }
        finally
        {
            try
            {
                await Transaction.DisposeAsync();
                await Connection.DisposeAsync();
            }
            finally
            {
                release?.Invoke();
            }
        }
    }
}
