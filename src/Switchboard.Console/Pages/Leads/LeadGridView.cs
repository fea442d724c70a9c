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

    /// <summary>
    /// The list's parameters under the API's names (<c>LeadListQuery</c> reads the same; LeadsGridAddressTests holds
    /// them together): how each is read from the filter and written into it.
    /// </summary>
    private static readonly (string Name, Func<LeadFilter, string?> Read, Func<LeadFilter, string?, LeadFilter> Write)[] Parameters =
    [
        ("owner", f => f.Owner, (f, v) => f with { Owner = v }), ("status", f => f.Status, (f, v) => f with { Status = v }),
        ("stage", f => f.Stage, (f, v) => f with { Stage = v }), ("grade", f => f.Grade, (f, v) => f with { Grade = v }),
        ("minScore", f => f.MinScore, (f, v) => f with { MinScore = v }), ("source", f => f.Source, (f, v) => f with { Source = v }),
        ("q", f => f.Q, (f, v) => f with { Q = v }), ("createdFrom", f => f.CreatedFrom, (f, v) => f with { CreatedFrom = v }),
        ("createdTo", f => f.CreatedTo, (f, v) => f with { CreatedTo = v }), ("sort", f => f.Sort, (f, v) => f with { Sort = v }),
    ];

    /// <summary>The view a query string ("?owner=kim&amp;status=assigned", or a whole address) describes; blank values count as absent.</summary>
    public static LeadGridView Parse(string address)
    {
        var question = address.IndexOf('?');
        var values = QueryHelpers.ParseQuery(question < 0 ? "" : address[question..].Split('#')[0]);
        string? Get(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        return new(Parameters.Aggregate(new LeadFilter(), (filter, parameter) => parameter.Write(filter, Get(parameter.Name))), Get(CursorName));
    }

    /// <summary>The query string of this view ("" for the unfiltered first page), without the cursor when <paramref name="withCursor"/> is false.</summary>
    public string Query(bool withCursor = true) => QueryHelpers.AddQueryString("", Parameters
        .Select(parameter => new KeyValuePair<string, string?>(parameter.Name, parameter.Read(Filter)))
        .Append(new(CursorName, withCursor ? Cursor : null))
        .Where(pair => !string.IsNullOrWhiteSpace(pair.Value)));

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
