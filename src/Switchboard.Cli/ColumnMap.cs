using Switchboard.Engine.Model;

namespace Switchboard.Cli;

/// <summary>Where a CSV column goes in the lead: a standard field, <c>externalId</c>, a custom field, or nowhere.</summary>
public sealed record FieldTarget(string Name, bool IsCustom)
{
    public const string ExternalId = "externalId";

    /// <summary><c>email</c>, <c>externalId</c> or <c>fields.導入検討時期</c> (the JSON path, as in SPEC).</summary>
    public string Path => IsCustom ? "fields." + Name : Name;

    /// <exception cref="ArgumentException">Neither a standard field, externalId nor fields.&lt;name&gt;.</exception>
    public static FieldTarget Parse(string text)
    {
        var name = text.Trim();
        if (name.StartsWith("fields.", StringComparison.Ordinal) && name.Length > 7) return new(name[7..], IsCustom: true);
        var standard = StandardName(name);
        return standard is not null ? new(standard, IsCustom: false) : throw new ArgumentException(
            $"'{text}' is not a lead field: use one of {string.Join(", ", LeadFields.Standard)}, externalId, or fields.<name>");
    }

    /// <summary>The standard field (or externalId) a header names, ignoring case, spaces, '-' and '_' ("First Name" → firstName).</summary>
    public static string? StandardName(string header)
    {
        var key = Simplify(header);
        return LeadFields.Standard.Append(ExternalId).FirstOrDefault(field => Simplify(field) == key);
    }

    private static string Simplify(string text) =>
        string.Concat(text.Where(c => c is not (' ' or '-' or '_'))).ToLowerInvariant();
}

/// <summary>
/// The columns of the file mapped to lead fields. <c>--map target=Header</c> pairs come first; every other
/// column whose header names a standard field (or externalId) goes there; the rest go to
/// <c>fields.&lt;header&gt;</c>, or are dropped with <c>--unmapped ignore</c>. Empty cells are left out.
/// </summary>
public sealed class ColumnMap
{
    private ColumnMap(IReadOnlyList<string> headers, FieldTarget?[] targets)
    {
        Headers = headers;
        Targets = targets;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Per column, its field; null = not sent.</summary>
    public IReadOnlyList<FieldTarget?> Targets { get; }

    private static readonly string[] ContactFields = ["email", "phone", "firstName", "lastName"];

    /// <summary>True when some column goes to email, phone or a name: without one, leads are hard to tell apart or reach.</summary>
    public bool GivesContact => Targets.Any(t => t is { IsCustom: false } && ContactFields.Contains(t.Name));

    /// <summary>Parses <c>--map</c> values: each holds one or more <c>target=Header</c> pairs separated by commas.</summary>
    /// <exception cref="ArgumentException">A pair without '=' or an unknown target.</exception>
    public static IReadOnlyList<(FieldTarget Target, string Header)> ParsePairs(IEnumerable<string> maps) =>
    [
        .. maps.SelectMany(map => map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries) is [var target, var header] && header.Length > 0
                ? (FieldTarget.Parse(target), header)
                : throw new ArgumentException($"--map takes field=Header pairs (e.g. email=E-mail), not '{pair}'")),
    ];

    /// <exception cref="ArgumentException">A mapped header the file does not have, or two columns for one field.</exception>
    public static ColumnMap Resolve(IReadOnlyList<string> headers, IReadOnlyList<(FieldTarget Target, string Header)> pairs, bool keepUnmapped)
    {
        var targets = new FieldTarget?[headers.Count];
        foreach (var (target, header) in pairs)
        {
            var column = IndexOf(headers, header);
            if (column < 0)
                throw new ArgumentException($"--map {target.Path}={header}: the file has no column '{header}'; its columns are: {string.Join(", ", headers)}");
            targets[column] = target;
        }
        var mapped = pairs.Select(p => p.Target.Path).ToHashSet(StringComparer.Ordinal);
        for (var column = 0; column < headers.Count; column++)
        {
            if (targets[column] is not null || pairs.Any(p => IndexOf(headers, p.Header) == column)) continue;
            var standard = FieldTarget.StandardName(headers[column]);
            if (standard is not null && mapped.Add(standard)) targets[column] = new FieldTarget(standard, IsCustom: false);
            else if (keepUnmapped && headers[column].Trim().Length > 0 && mapped.Add("fields." + headers[column].Trim()))
                targets[column] = new FieldTarget(headers[column].Trim(), IsCustom: true);
        }
        var twice = targets.Where(t => t is not null).GroupBy(t => t!.Path).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"two columns are mapped to {twice.Key}");
        return new ColumnMap(headers, targets);
    }

    /// <summary>An exact header match first, then one ignoring case and surrounding spaces.</summary>
    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++) if (headers[i] == header) return i;
        for (var i = 0; i < headers.Count; i++) if (string.Equals(headers[i].Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
