using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;
using Switchboard.Application.Leads;

namespace Switchboard.Web.Pages.Leads;

/// <summary>
/// What the leads grid shows, as its address keeps it (so a view can be bookmarked and shared): the list's filters and
/// sort under the API's own parameter names, and the cursor of the page shown. Without the cursor the same query string
/// is the CSV download's.
/// </summary>
public sealed record LeadGridView(LeadFilter Filter, string? Cursor = null)
{
    public const string Path = "/leads";
    public const string CursorName = "cursor";

    /// <summary>The view a query string ("?owner=kim&amp;status=assigned", or a whole address) describes; blank values count as absent.</summary>
    public static LeadGridView Parse(string address)
    {
        var question = address.IndexOf('?');
        var values = QueryHelpers.ParseQuery(question < 0 ? "" : address[question..].Split('#')[0]);
        string? Get(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        return new(new LeadFilter
        {
            Owner = Get("owner"), Status = Get("status"), Stage = Get("stage"), Grade = Get("grade"), MinScore = Get("minScore"),
            Source = Get("source"), Q = Get("q"), CreatedFrom = Get("createdFrom"), CreatedTo = Get("createdTo"), Sort = Get("sort"),
        }, Get(CursorName));
    }

    /// <summary>The query string of this view ("" for the unfiltered first page), without the cursor when <paramref name="withCursor"/> is false.</summary>
    public string Query(bool withCursor = true)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("owner", Filter.Owner), ("status", Filter.Status), ("stage", Filter.Stage), ("grade", Filter.Grade), ("minScore", Filter.MinScore),
            ("source", Filter.Source), ("q", Filter.Q), ("createdFrom", Filter.CreatedFrom), ("createdTo", Filter.CreatedTo), ("sort", Filter.Sort),
            (CursorName, withCursor ? Cursor : null),
        };
        return QueryHelpers.AddQueryString("", pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));
    }

    public string Address(bool withCursor = true) => Path + Query(withCursor);

    public string CsvAddress => "/api/leads/export.csv" + Query(withCursor: false);

    /// <summary>"Created from" a day in the viewer's zone: the instant that day starts there, with its offset.</summary>
    public static string StartOf(LocalDate day, DateTimeZone zone) => Moment.Format(day.AtStartOfDayInZone(zone).ToOffsetDateTime());

    /// <summary>An instant with its offset written whole ("+09:00"), as people read it in an address.</summary>
    private static readonly OffsetDateTimePattern Moment = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>"Created until" a day (that day included): the instant the next day starts (the list's end is exclusive).</summary>
    public static string EndOf(LocalDate day, DateTimeZone zone) => StartOf(day.PlusDays(1), zone);

    /// <summary>The day in the viewer's zone a <see cref="StartOf"/> value names; null when the text is no instant.</summary>
    public static LocalDate? DayStarting(string? instant, DateTimeZone zone) =>
        instant is not null && OffsetDateTimePattern.ExtendedIso.Parse(instant) is { Success: true } parsed
            ? parsed.Value.ToInstant().InZone(zone).Date : null;

    /// <summary>The last day an <see cref="EndOf"/> value includes.</summary>
    public static LocalDate? DayEnding(string? instant, DateTimeZone zone) => DayStarting(instant, zone)?.PlusDays(-1);
}
