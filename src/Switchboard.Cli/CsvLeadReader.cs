using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Switchboard.Cli;

/// <summary>
/// Reads a CSV file one record at a time (CsvHelper's parser over a decoding reader; nothing is held
/// beyond the current record). The first record is the header. Counts the bytes read for progress.
/// </summary>
public sealed class CsvLeadReader : IDisposable
{
    private readonly ReadCounter _file;
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    private CsvLeadReader(ReadCounter file, StreamReader text, CsvParser parser, long length)
    {
        _file = file;
        _text = text;
        _parser = parser;
        Length = length;
        Headers = _parser.Read() ? [.. _parser.Record!] : throw new InvalidDataException("the file is empty: it needs a header row");
    }

    /// <summary>The encoding the file is read with (a byte order mark overrides --encoding).</summary>
    public Encoding Encoding => _text.CurrentEncoding;
    public IReadOnlyList<string> Headers { get; }
    /// <summary>The file's size in bytes.</summary>
    public long Length { get; }
    /// <summary>Bytes read from the file so far (ahead of the current record by at most one read buffer).</summary>
    public long BytesRead => _file.Count;
    /// <summary>The current record's row in the file, counting the header as row 1 (as a spreadsheet shows it).</summary>
    public long Row => _parser.Row;

    /// <param name="encoding"><see cref="FileEncoding.Auto"/> or an encoding name (see <see cref="FileEncoding.Named"/>).</param>
    /// <param name="delimiter">null: detected from the header (comma, semicolon, tab, pipe).</param>
    public static CsvLeadReader Open(string path, string encoding = FileEncoding.Auto, string? delimiter = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var chosen = encoding == FileEncoding.Auto ? FileEncoding.Detect(stream) : FileEncoding.Named(encoding);
            var counter = new ReadCounter(stream);
            var text = new StreamReader(counter, chosen, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = delimiter ?? ",",
                DetectDelimiter = delimiter is null,
                DetectDelimiterValues = [",", ";", "\t", "|"],
                BadDataFound = null,
                IgnoreBlankLines = true,
            };
            return new CsvLeadReader(counter, text, new CsvParser(text, config), stream.Length);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid in the file's encoding.</exception>
    public bool Read() => _parser.Read();

    /// <summary>The cell of a column in the current record; null when empty or missing.</summary>
    public string? Cell(int column)
    {
        if (column >= _parser.Count) return null;
        var value = _parser[column];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _file.Dispose();
    }

    /// <summary>A read-only pass-through stream that counts the bytes read (read from another thread for progress).</summary>
    private sealed class ReadCounter(Stream inner) : Stream
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Counted(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Counted(int read)
        {
            Interlocked.Add(ref _count, read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
