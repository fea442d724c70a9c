using System.Buffers;
using System.Runtime.CompilerServices;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// Cuts a batch body into the bytes of its items without parsing them, reading the stream through one
/// buffer (grown only for an item larger than it). Each item's bytes are valid until the next item is asked for.
/// </summary>
internal abstract class ItemSplitter
{
    private const int InitialBuffer = 64 * 1024;

    public static ItemSplitter For(bool ndjson) => ndjson ? new NdjsonSplitter() : new JsonArraySplitter();

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ItemsAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        var filled = 0;
        var found = new List<Range>();
        try
        {
            while (true)
            {
                if (filled == buffer.Length) buffer = Grow(buffer, filled);
                var read = await stream.ReadAsync(buffer.AsMemory(filled), ct);
                filled += read;
                var final = read == 0;
                found.Clear();
                var keepFrom = Scan(buffer.AsSpan(0, filled), final, found);
                foreach (var item in found) yield return buffer.AsMemory(item);
                if (final) yield break;
                buffer.AsSpan(keepFrom, filled - keepFrom).CopyTo(buffer);
                filled -= keepFrom;
                Shift(keepFrom);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds the complete items in <paramref name="data"/> not yet found; returns the first byte still needed.</summary>
    /// <exception cref="System.Text.Json.JsonException">The body is not what the format requires.</exception>
    protected abstract int Scan(ReadOnlySpan<byte> data, bool final, List<Range> found);

    /// <summary>The buffer dropped <paramref name="bytes"/> bytes from its front: positions kept move back.</summary>
    protected abstract void Shift(int bytes);

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }
}
