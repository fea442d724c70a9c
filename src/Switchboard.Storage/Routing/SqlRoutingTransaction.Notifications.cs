namespace Switchboard.Storage.Routing;

internal sealed partial class SqlRoutingTransaction
{
    public Task NotifyAsync(IReadOnlyList<string> payloads, CancellationToken ct = default) => Write(() =>
        store.NotifyAsync(session.Connection, session.Transaction, payloads, ct));
}
