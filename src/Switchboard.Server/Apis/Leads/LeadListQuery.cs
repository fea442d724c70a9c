using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Model;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// The query parameters of the lead list and its CSV export, read into a <see cref="LeadQuery"/>: filters (owner, status,
/// stage, grade, minScore, source, q, createdFrom/createdTo as ISO instants with Z or an offset, from inclusive, to
/// exclusive) and the sort (<c>created</c>, newest first, the default; <c>created_asc</c>; <c>score</c>, highest first).
/// </summary>
public sealed record LeadListQuery(
    [FromQuery(Name = "owner")] string? Owner, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "stage")] string? Stage,
    [FromQuery(Name = "minScore")] string? MinScore, [FromQuery(Name = "grade")] string? Grade, [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "source")] string? Source, [FromQuery(Name = "createdFrom")] string? CreatedFrom,
    [FromQuery(Name = "createdTo")] string? CreatedTo, [FromQuery(Name = "sort")] string? Sort)
{
    public static readonly IReadOnlyDictionary<string, LeadSort> Sorts = new Dictionary<string, LeadSort>
    {
        ["created"] = LeadSort.Created, ["created_asc"] = LeadSort.CreatedAscending, ["score"] = LeadSort.Score,
    };

    /// <summary>The store query, or the problem naming the parameter at fault (a rep key asking for another owner: 403).</summary>
    public (LeadQuery? Query, ValidationProblem? Invalid, ProblemHttpResult? Forbidden) Read(ClaimsPrincipal user)
    {
        int? least = null;
        if (MinScore is not null)
        {
            if (!int.TryParse(MinScore, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                return Invalid("minScore", "must be a whole number");
            least = parsed;
        }
        if (Status is not null && !LeadStatus.All.Contains(Status))
            return Invalid("status", $"must be one of {string.Join(", ", LeadStatus.All)}");
        var sort = LeadSort.Created;
        if (Sort is not null && !Sorts.TryGetValue(Sort, out sort))
            return Invalid("sort", $"must be one of {string.Join(", ", Sorts.Keys)}");
        if (!TryInstant(CreatedFrom, out var from)) return Invalid("createdFrom", InstantRule);
        if (!TryInstant(CreatedTo, out var to)) return Invalid("createdTo", InstantRule);
        if (from is not null && to is not null && to < from) return Invalid("createdTo", "must not be before createdFrom");
        var (owner, invalidOwner, forbidden) = OwnerFilter.Resolve(user, Owner, "leads");
        if (invalidOwner is not null || forbidden is not null) return (null, invalidOwner, forbidden);
        return (new LeadQuery
        {
            Owner = owner, Status = Status, Stage = Stage, MinScore = least, Grade = Grade, Q = Q, Source = Source,
            CreatedFrom = from, CreatedTo = to, Sort = sort,
        }, null, null);
    }

    private const string InstantRule = "must be an ISO 8601 instant with Z or an offset, such as 2026-12-05T09:00:00Z or 2026-12-05T18:00:00+09:00";

    private static (LeadQuery?, ValidationProblem?, ProblemHttpResult?) Invalid(string path, string message) => (null, Problems.Invalid(path, message), null);

    private static bool TryInstant(string? text, out Instant? instant)
    {
        instant = null;
        if (text is null) return true;
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text.Trim());
        if (parsed.Success) instant = parsed.Value.ToInstant();
        return parsed.Success;
    }
}
