using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Application.Reports;

/// <summary>What a report answers for: the period [from, to) as instants, the zone of its days, and the filters given.</summary>
public sealed record ReportPeriod(Instant From, Instant To, string TimeZone, string? Pool, string? Rep, string? Source, string? Workflow)
{
    public static ReportPeriod Of(ReportQuery query)
    {
        var f = query.Filter;
        return new ReportPeriod(f.From, f.To, query.Zone.Id, f.Pool, f.Rep, f.Source, f.Workflow);
    }
}
