using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Reports;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Apis.Simulate;

/// <summary>
/// A body's <c>replay</c>: <c>{from, to, source?, timeZone?}</c>, read as the reports read their period
/// (<see cref="ReportQuery"/>): dates are whole days in <c>timeZone</c> (UTC by default) with <c>to</c> included,
/// instants are exact with <c>to</c> excluded; <c>to</c> after <c>from</c>, at most <see cref="ReportQuery.MaxDays"/> days.
/// Errors name <c>replay.from</c>, <c>replay.to</c>, <c>replay.source</c>, <c>replay.timeZone</c>.
/// </summary>
internal static class ReplayRequest
{
    private static readonly string[] Known = ["from", "to", "source", "timeZone"];

    public static ReplayPeriod? Read(JsonNode? node, Instant now, List<ValidationError> errors)
    {
        if (node is not JsonObject replay)
        {
            errors.Add(new ValidationError("replay", "must be an object {from, to, source?, timeZone?}"));
            return null;
        }
        var before = errors.Count;
        foreach (var (key, _) in replay)
            if (!Known.Contains(key, StringComparer.Ordinal))
                errors.Add(new ValidationError($"replay.{key}", $"unknown member '{key}': a replay takes from, to, source and timeZone"));
        var from = Text(replay, "from", required: true, errors);
        var to = Text(replay, "to", required: true, errors);
        var source = Text(replay, "source", required: false, errors);
        var zone = Text(replay, "timeZone", required: false, errors);
        if (errors.Count > before) return null;
        var (query, found) = ReportQuery.Parse(from, to, zone, null, null, source, null, now);
        errors.AddRange(found.Select(e => e with { Path = "replay." + e.Path }));
        return query is null ? null : new ReplayPeriod(query.Filter.From, query.Filter.To, query.Filter.Source);
    }

    private static string? Text(JsonObject replay, string name, bool required, List<ValidationError> errors)
    {
        var value = replay[name];
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String) return text.GetValue<string>();
        if (value is not null || required)
            errors.Add(new ValidationError($"replay.{name}", required
                ? $"required: a date (2026-11-01) or an instant (2026-11-01T09:00:00Z)"
                : "must be a string, or left out"));
        return null;
    }
}
