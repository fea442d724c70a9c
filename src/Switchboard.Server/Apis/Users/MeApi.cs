using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.People;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Users;

/// <summary><c>/api/me</c>: who the caller is, and a signed-in person's own settings (name, language, time zone).</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", Me).WithTags("Users").RequireAuthorization().WithSummary("Who the caller is: the signed-in person, or the API key");
        app.MapMethods("/api/me", [HttpMethods.Patch], ChangeSettings).WithTags("Users").RequireAuthorization().Accepts<SettingsBody>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("A signed-in person changes its own name, language or time zone (the fields given; API keys have none)");
        return app;
    }

    public static async Task<Ok<Me>> Me(ClaimsPrincipal caller, UserService users)
    {
        var role = caller.FindFirstValue(ClaimTypes.Role) ?? "";
        if (caller.FindFirstValue(UserClaims.User) is { } id && await users.GetAsync(id) is { } user)
            return TypedResults.Ok(new Me(user.Id, user.Email, user.Name, user.Role, user.RepId, user.Language, user.TimeZone));
        return TypedResults.Ok(new Me(null, null, caller.Actor() ?? "", role, caller.FindFirstValue(ApiKeyAuthentication.RepIdClaim), null, null));
    }

    public static async Task<Results<Ok<UserView>, ValidationProblem, ProblemHttpResult>> ChangeSettings(
        ClaimsPrincipal caller, HttpRequest request, UserService users)
    {
        if (caller.FindFirstValue(UserClaims.User) is not { } id)
            return Problems.Forbidden("an API key has no settings: a signed-in person changes its own");
        var body = await JsonBody.ReadAsync<SettingsBody>(request);
        if (body.Problem is not null) return body.Problem;
        var input = body.Value!;
        var change = await users.ChangeSettingsAsync(id, new UserSettings(input.Name, input.Language, input.TimeZone), request.HttpContext.RequestAborted);
        if (change.User is { } user) return TypedResults.Ok(UserView.Of(user));
        return change.Outcome == UserOutcome.Invalid ? Problems.Invalid(change.Errors!) : Problems.NotFound($"user '{id}' not found");
    }

    /// <summary>The body of PATCH /api/me: the settings to change; any other field is refused.</summary>
    public sealed record SettingsBody(string? Name, string? Language, string? TimeZone);
}
