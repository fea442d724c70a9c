using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.Work;
using Switchboard.Server.Auth;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// What a rep key may change of its own record (<see cref="ConfigSection{T}.SelfFields"/>: status, out of
/// office, working hours, by <see cref="RepSelfService"/>'s rule); a change to any other field is refused with 403 naming the field.
/// </summary>
public static class SelfService
{
    public static ProblemHttpResult? Forbidden<T>(ConfigSection<T> section, ClaimsPrincipal user, T? current, T next) where T : class
    {
        if (user.RestrictedToRep() is null) return null;
        if (current is null) return Problems(["$"], $"a rep key cannot create {section.Name} records");
        var changed = RepSelfService.RefusedChanges(current, section.WithId(next, section.IdOf(current)), section.SelfFields);
        return changed.Count == 0 ? null : Problems(changed, RepSelfService.Refusal(section.SelfFields));
    }

    private static ProblemHttpResult Problems(IEnumerable<string> fields, string message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            extensions: new Dictionary<string, object?> { ["errors"] = fields.ToDictionary(field => field, _ => new[] { message }) });
}
