using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// The HTTP side of every configuration write: the note (<see cref="ChangeNote"/>), the versions it is based on
/// (<c>If-Match</c>: the configuration version as an ETag such as <c>"14"</c>), and the answers naming the version
/// (<c>ETag</c>) or refusing a stale write (412).
/// </summary>
public static class ConfigRequest
{
    /// <summary>The edit this request asks for, or a 400 naming the header or parameter that is malformed.</summary>
    public static (ConfigEdit? Edit, ValidationProblem? Problem) Edit(HttpRequest request, ClaimsPrincipal user)
    {
        var (note, bad) = ChangeNote.Read(request);
        if (bad is not null) return (null, Problems.Invalid(bad.Path, bad.Message));
        var ifMatch = request.Headers.IfMatch.SelectMany(v => (v ?? "").Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (ifMatch.Count == 0 || ifMatch.Contains("*")) return (new ConfigEdit(user.Actor(), note), null);
        var versions = new List<int>();
        foreach (var tag in ifMatch)
        {
            if (tag.StartsWith("W/\"", StringComparison.Ordinal) && tag.EndsWith('"')) continue; // weak tags never match strongly
            var quoted = tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"';
            var text = quoted ? tag[1..^1] : tag;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) versions.Add(version);
            else if (!quoted || text.Contains('"'))
                return (null, Problems.Invalid("If-Match", $"'{tag}' is not an entity tag: send the ETag of a configuration read, such as \"14\", or *"));
        }
        return (new ConfigEdit(user.Actor(), note, versions), null);
    }

    /// <summary>The answer for a change that did not go through for a reason of its own (stale, busy), or null.</summary>
    public static ProblemHttpResult? Failure(HttpResponse response, ConfigChange change) => change.Outcome switch
    {
        ConfigOutcome.Stale => Tagged(response, TypedResults.Problem(
            "the configuration changed since the version this write is based on (If-Match or the document's version); nothing was changed: read it again and retry",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed"), change.Attempted.Version),
        ConfigOutcome.Busy => TypedResults.Problem("other writers kept changing the configuration first; nothing was changed: retry",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Configuration busy"),
        _ => null,
    };

    /// <summary>Documents what any configuration write may answer besides its own outcomes: 412 (stale If-Match) and 503 (busy).</summary>
    public static TBuilder ProducesConfigWriteProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>The answer, as it is (endpoint filters may still look into it), with the configuration version as its ETag.</summary>
    public static TResult Tagged<TResult>(HttpResponse response, TResult answer, int version) where TResult : IResult
    {
        response.Headers.ETag = $"\"{version}\"";
        return answer;
    }
}
