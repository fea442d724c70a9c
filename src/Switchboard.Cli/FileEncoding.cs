using System.Buffers;
using System.Text;

namespace Switchboard.Cli;

/// <summary>
/// The text encoding of an import file: named by <c>--encoding</c>, or detected: a byte order mark
/// first (UTF-8, UTF-16 LE/BE), else UTF-8 when the first 64 KiB are valid UTF-8, else Shift_JIS or
/// CP949 (Korean, a superset of EUC-KR), whichever reads the sample as more ordinary Japanese or Korean text.
/// </summary>
public static class FileEncoding
{
    public const string Auto = "auto";
    private const int SampleBytes = 64 * 1024;

    public static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    public static readonly Encoding Utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    public static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
    public static readonly Encoding ShiftJis = CodePage(932, strict: true);
    public static readonly Encoding Cp949 = CodePage(949, strict: true);
    private static readonly Encoding EucKr = CodePage(51949, strict: false);

    /// <summary>The encoding a name stands for: utf-8, utf-16 (LE), utf-16be, shift_jis (sjis, cp932), cp949 (euc-kr, ks_c_5601-1987) or any .NET name.</summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static Encoding Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Utf8,
        "utf-16" or "utf16" or "utf-16le" or "unicode" => Utf16,
        "utf-16be" => Utf16BigEndian,
        "shift_jis" or "shift-jis" or "sjis" or "cp932" or "windows-31j" => ShiftJis,
        "cp949" or "euc-kr" or "euckr" or "ks_c_5601-1987" or "uhc" => Cp949,
        var other => TryGet(other) ?? throw new ArgumentException(
            $"unknown encoding '{name}': use auto, utf-8, utf-16, utf-16be, shift_jis or cp949"),
    };

    /// <summary>Reads the start of the file (then seeks back) and names its encoding.</summary>
    public static Encoding Detect(Stream stream)
    {
        var sample = ArrayPool<byte>.Shared.Rent(SampleBytes);
        try
        {
            var length = 0;
            int read;
            while (length < SampleBytes && (read = stream.Read(sample, length, SampleBytes - length)) > 0) length += read;
            stream.Seek(-length, SeekOrigin.Current);
            return Detect(sample.AsSpan(0, length), complete: length < SampleBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sample);
        }
    }

    public static Encoding Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith("\uFEFF"u8)) return Utf8;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16BigEndian;
        if (IsUtf8(sample, complete)) return Utf8;
        return KoreanScore(sample) > JapaneseScore(sample) ? Cp949 : ShiftJis;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(sample.Length + 1);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(sample, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Kana and kanji read as Shift_JIS, less half-width katakana and undecodable bytes (what Korean bytes become).</summary>
    private static int JapaneseScore(ReadOnlySpan<byte> sample)
    {
        var score = 0;
        foreach (var c in CodePage(932, strict: false).GetString(sample))
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') score++;
            else if (c is >= '\uFF61' and <= '\uFF9F' or '\uFFFD') score -= 2;
        }
        return score;
    }

    /// <summary>Hangul of the common KS X 1001 set read as CP949, less rare extension syllables (what Japanese bytes become) and undecodable bytes.</summary>
    private static int KoreanScore(ReadOnlySpan<byte> sample)
    {
        var score = 0;
        Span<byte> bytes = stackalloc byte[4];
        foreach (var c in CodePage(949, strict: false).GetString(sample))
        {
            if (c is >= '\uAC00' and <= '\uD7A3') score += EucKr.GetBytes([c], bytes) == 2 ? 1 : -2;
            else if (c == '\uFFFD') score -= 2;
        }
        return score;
    }

    /// <summary>A code page (registering .NET's code-page provider first); strict ones throw on bytes they cannot decode.</summary>
    private static Encoding CodePage(int codePage, bool strict)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return strict
            ? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            : Encoding.GetEncoding(codePage, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }

    private static Encoding? TryGet(string name)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
