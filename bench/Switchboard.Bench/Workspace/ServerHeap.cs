using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Switchboard.Bench.Workspace;

/// <summary>
/// The managed heap of another .NET process after a full collection it is asked for: an EventPipe session with the
/// runtime's GCHeapCollect keyword induces a blocking gen-2 GC (as dotnet-gcdump does), and that collection's
/// GCHeapStats event gives the bytes that survived it.
/// </summary>
public static class ServerHeap
{
    public static long AfterFullCollection(int processId)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        long? heap = null;
        source.Clr.GCStart += start => induced |= start.Reason == GCReason.Induced;
        source.Clr.GCHeapStats += stats =>
        {
            if (!induced || heap is not null) return;
            heap = stats.TotalHeapSize;
            session.Stop();
        };
        source.Process();
        return heap ?? throw new InvalidOperationException($"process {processId} reported no induced collection");
    }
}
