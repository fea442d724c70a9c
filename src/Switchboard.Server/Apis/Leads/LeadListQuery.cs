using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Switchboard.Application.Leads;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Leads;

/// <summary>The query parameters of the lead list and its CSV export, read by <see cref="LeadFilter"/> (the console reads the same).</summary>
public sealed record LeadListQuery(
    [FromQuery(Name = "owner")] string? Owner, [FromQuery(Name = "status")] string? Status, [FromQuery(Name = "stage")] string? Stage,
    [FromQuery(Name = "minScore")] string? MinScore, [FromQuery(Name = "grade")] string? Grade, [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "source")] string? Source, [FromQuery(Name = "createdFrom")] string? CreatedFrom,
    [FromQuery(Name = "createdTo")] string? CreatedTo, [FromQuery(Name = "sort")] string? Sort)
{
    public LeadFilter Filter => new()
    {
        Owner = Owner, Status = Status, Stage = Stage, MinScore = MinScore, Grade = Grade, Q = Q, Source = Source,
        CreatedFrom = CreatedFrom, CreatedTo = CreatedTo, Sort = Sort,
    };

    /// <summary>The store query, or the problem naming the parameter at fault (a rep key asking for another owner: 403).</summary>
    public (LeadQuery? Query, ValidationProblem? Invalid, ProblemHttpResult? Forbidden) Read(ClaimsPrincipal user)
    {
        var (query, refusal) = Filter.Read(user);
        var (invalid, forbidden) = ListRefusals.Answer(refusal);
        return (query, invalid, forbidden);
    }
}

/// <summary>A list's refused parameters as the API answers them: 400 naming the parameter, or 403.</summary>
public static class ListRefusals
{
    public static (ValidationProblem? Invalid, ProblemHttpResult? Forbidden) Answer(ListRefusal? refusal) => refusal switch
    {
        null => (null, null),
        { Forbidden: true } => (null, Problems.Forbidden(refusal.Message)),
        _ => (Problems.Invalid(refusal.Path, refusal.Message), null),
    };

    /// <summary>The owner filter of a list of <paramref name="items"/> (see <see cref="OwnerFilter"/>), or the problem to answer.</summary>
    public static (string? Owner, ValidationProblem? Invalid, ProblemHttpResult? Forbidden) Owner(ClaimsPrincipal user, string? owner, string items)
    {
        var (resolved, refusal) = OwnerFilter.Resolve(user, owner, items);
        var (invalid, forbidden) = Answer(refusal);
        return (resolved, invalid, forbidden);
    }
}
