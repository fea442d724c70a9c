using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Switchboard.Cli;

/// <summary>
/// One request's worth of leads: their NDJSON body and the file row of each (result <c>index</c> i is
/// row <see cref="Rows"/>[i]), and how many bytes of the file they cover (for progress by bytes).
/// </summary>
public sealed class LeadChunk : IDisposable
{
    /// <summary>Non-ASCII text is sent as UTF-8, not \u escapes (a third of the bytes for CJK).</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _body = new(256 * 1024);
    private readonly Utf8JsonWriter _json;
    private readonly List<long> _rows = [];

    public LeadChunk(int number)
    {
        Number = number;
        _json = new Utf8JsonWriter(_body, Options);
    }

    public int Number { get; }
    public IReadOnlyList<long> Rows => _rows;
    public int Count => _rows.Count;
    public long FileBytes { get; set; }
    public ReadOnlyMemory<byte> Body => _body.WrittenMemory;

    /// <summary>Adds the reader's current record; false when it had nothing to send.</summary>
    public bool Add(ColumnMap map, CsvLeadReader reader)
    {
        if (!CsvLead.Write(_json, map, reader)) return false;
        _json.Flush();
        _body.Write("\n"u8);
        _json.Reset();
        _rows.Add(reader.Row);
        return true;
    }

    public void Dispose() => _json.Dispose();
}
