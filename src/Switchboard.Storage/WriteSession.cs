using System.Data.Common;

namespace Switchboard.Storage;

/// <summary>
/// An open connection with a write transaction and the lock that came with it. Disposing without
/// <see cref="CommitAsync"/> rolls back; either way the lock is released.
/// </summary>
internal sealed class WriteSession(DbConnection connection, DbTransaction transaction, Action? release = null) : IAsyncDisposable
{
    private bool _committed;
    private bool _disposed;

    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;

    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction.CommitAsync(ct);
        _committed = true;
    }

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
                catch (DbException) { }
                catch (InvalidOperationException) { }
            }
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
