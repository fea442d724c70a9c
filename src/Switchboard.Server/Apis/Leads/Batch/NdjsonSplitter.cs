namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>NDJSON: one item per line (LF or CRLF); blank lines and a leading UTF-8 byte order mark are skipped.</summary>
internal sealed class NdjsonSplitter : ItemSplitter
{
    private int _position;
    private bool _started;

    protected override int Scan(ReadOnlySpan<byte> data, bool final, List<Range> found)
    {
        if (!_started && (data.Length >= 3 || final))
        {
            _started = true;
            if (data.StartsWith("\uFEFF"u8)) _position = 3;
        }
        if (!_started) return 0;
        while (true)
        {
            var end = data[_position..].IndexOf((byte)'\n');
            if (end < 0)
            {
                if (!final || _position == data.Length) return _position;
                end = data.Length - _position;
            }
            var line = data.Slice(_position, end);
            if (line.TrimEnd(" \t\r"u8).TrimStart(" \t"u8).Length > 0) found.Add(_position..(_position + end));
            _position = Math.Min(data.Length, _position + end + 1);
        }
    }

    protected override void Shift(int bytes) => _position -= bytes;
}
