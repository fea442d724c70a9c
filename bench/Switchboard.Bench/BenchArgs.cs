using System.Globalization;

namespace Switchboard.Bench;

/// <summary>
/// The options after the subcommand: <c>--name value</c> pairs and bare <c>--flag</c>s. A command reads
/// what it knows and then calls <see cref="RejectUnknown"/>, so a typo fails instead of being ignored.
/// </summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public static BenchArgs Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArgs();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
                throw new BenchArgsException($"unexpected argument '{args[i]}' (options look like --seconds 10)");
            var name = args[i][2..];
            string? value = null;
            if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
            parsed._options[name] = value;
        }
        return parsed;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return false;
        return value is null ? true : throw new BenchArgsException($"--{name} takes no value (got '{value}')");
    }

    public string? Text(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return null;
        return value ?? throw new BenchArgsException($"--{name} needs a value");
    }

    public double Number(string name, double fallback, double min, double max)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var text)) return fallback;
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
            throw new BenchArgsException($"--{name} needs a number from {min} to {max} (got '{text}')");
        return value;
    }

    public int Int(string name, int fallback, int min, int max) => (int)Math.Round(Number(name, fallback, min, max));

    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).Select(k => "--" + k).ToList();
        if (unknown.Count > 0) throw new BenchArgsException($"unknown option {string.Join(", ", unknown)}");
    }
}

internal sealed class BenchArgsException(string message) : Exception(message);
