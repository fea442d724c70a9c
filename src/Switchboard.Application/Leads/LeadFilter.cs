using System.Globalization;
using System.Security.Claims;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Leads;

/// <summary>
/// The filters and sort of the lead list as written in a query string (the API's and the console's alike): owner,
/// status, stage, grade, minScore, source, q, createdFrom/createdTo as ISO instants with Z or an offset (from inclusive,
/// to exclusive), and the sort (<c>created</c>, newest first, the default; <c>created_asc</c>; <c>score</c>, highest first).
/// </summary>
public sealed record LeadFilter
{
    public string? Owner { get; init; }
    public string? Status { get; init; }
    public string? Stage { get; init; }
    public string? MinScore { get; init; }
    public string? Grade { get; init; }
    public string? Q { get; init; }
    public string? Source { get; init; }
    public string? CreatedFrom { get; init; }
    public string? CreatedTo { get; init; }
    public string? Sort { get; init; }

    public static readonly IReadOnlyDictionary<string, LeadSort> Sorts = new Dictionary<string, LeadSort>
    {
        ["created"] = LeadSort.Created, ["created_asc"] = LeadSort.CreatedAscending, ["score"] = LeadSort.Score,
    };

    /// <summary>The refusal of a <c>createdTo</c> before <c>createdFrom</c> (the console names it apart from a malformed bound).</summary>
    public const string RangeRule = "must not be before createdFrom";

    public const string InstantRule = "must be an ISO 8601 instant with Z or an offset, such as 2026-12-05T09:00:00Z or 2026-12-05T18:00:00+09:00";

    /// <summary>The store query <paramref name="user"/> may run, or the refusal naming the parameter at fault.</summary>
    public (LeadQuery? Query, ListRefusal? Refusal) Read(ClaimsPrincipal user)
    {
        int? least = null;
        if (MinScore is not null)
        {
            if (!int.TryParse(MinScore, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                return Refused("minScore", "must be a whole number");
            least = parsed;
        }
        if (Status is not null && !LeadStatus.All.Contains(Status))
            return Refused("status", $"must be one of {string.Join(", ", LeadStatus.All)}");
        var sort = LeadSort.Created;
        if (Sort is not null && !Sorts.TryGetValue(Sort, out sort))
            return Refused("sort", $"must be one of {string.Join(", ", Sorts.Keys)}");
        if (!TryInstant(CreatedFrom, out var from)) return Refused("createdFrom", InstantRule);
        if (!TryInstant(CreatedTo, out var to)) return Refused("createdTo", InstantRule);
        if (from is not null && to is not null && to < from) return Refused("createdTo", RangeRule);
        var (owner, refusal) = OwnerFilter.Resolve(user, Owner, "leads");
        if (refusal is not null) return (null, refusal);
        return (new LeadQuery
        {
            Owner = owner, Status = Status, Stage = Stage, MinScore = least, Grade = Grade, Q = Q, Source = Source,
            CreatedFrom = from, CreatedTo = to, Sort = sort,
        }, null);
    }

    private static (LeadQuery?, ListRefusal?) Refused(string path, string message) => (null, new ListRefusal(path, message));

    private static bool TryInstant(string? text, out Instant? instant)
    {
        instant = null;
        if (text is null) return true;
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text.Trim());
        if (parsed.Success) instant = parsed.Value.ToInstant();
        return parsed.Success;
    }
}
