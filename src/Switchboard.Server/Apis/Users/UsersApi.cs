using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application.People;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Users;

/// <summary>People who sign in to the console (admin only).</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        users.MapPost("/", CreateUser).Accepts<NewUserBody>("application/json").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Create a person (with invite: true, also an invitation link, shown once)");
        users.MapGet("/", ListUsers);
        users.MapGet("/{id}", GetUser).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapMethods("/{id}", [HttpMethods.Patch], UpdateUser).Accepts<UserBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a person: the fields given (an admin cannot demote the last admin)");
        users.MapPost("/{id}/invite", InviteUser).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A new invitation link for a person (shown once; also emailed when SMTP is configured)");
        users.MapDelete("/{id}", DeleteUser).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove a person (never the last admin)");
        return app;
    }

    public static async Task<Results<Created<UserView>, ValidationProblem, ProblemHttpResult>> CreateUser(HttpRequest request, UserService users, Invitations invitations)
    {
        var body = await JsonBody.ReadAsync<NewUserBody>(request);
        if (body.Problem is not null) return body.Problem;
        var input = body.Value!;
        var change = await users.CreateAsync(new UserDraft(input.Email, input.Name, input.Role, input.RepId, input.Language, input.TimeZone));
        if (change.User is not { } user) return change.Outcome == UserOutcome.Invalid ? Problems.Invalid(change.Errors!) : Refused(change);
        var invitation = input.Invite ? await invitations.InviteAsync(user) : null;
        return TypedResults.Created($"/api/users/{user.Id}", UserView.Of(user) with { InviteUrl = invitation });
    }

    public static async Task<Ok<ItemList<UserView>>> ListUsers(UserService users) =>
        TypedResults.Ok(new ItemList<UserView>([.. (await users.ListAsync()).Select(UserView.Of)]));

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetUser(string id, UserService users) =>
        await users.GetAsync(id) is { } user ? TypedResults.Ok(UserView.Of(user)) : NotFound(id);

    public static async Task<Results<Ok<UserView>, ValidationProblem, ProblemHttpResult>> UpdateUser(string id, HttpRequest request, UserService users)
    {
        var body = await JsonBody.ReadAsync<UserBody>(request);
        if (body.Problem is not null) return body.Problem;
        var input = body.Value!;
        var change = await users.UpdateAsync(id, new UserDraft(input.Email, input.Name, input.Role, input.RepId, input.Language, input.TimeZone));
        if (change.Outcome == UserOutcome.NotFound) return NotFound(id);
        if (change.Outcome == UserOutcome.Invalid) return Problems.Invalid(change.Errors!);
        return change.User is { } user ? TypedResults.Ok(UserView.Of(user)) : Refused(change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteUser(string id, UserService users) =>
        await users.DeleteAsync(id) switch
        {
            UserWrite.Saved => TypedResults.NoContent(),
            UserWrite.LastAdmin => LastAdmin(),
            _ => NotFound(id),
        };

    public static async Task<Results<Ok<Invitation>, ProblemHttpResult>> InviteUser(string id, UserService users, Invitations invitations) =>
        await users.GetAsync(id) is { } user ? TypedResults.Ok(new Invitation(await invitations.InviteAsync(user))) : NotFound(id);

    /// <summary>A change refused for a reason other than invalid fields: 409.</summary>
    private static ProblemHttpResult Refused(UserChange change) =>
        change.Outcome == UserOutcome.LastAdmin ? LastAdmin() : Problems.Conflict("another user has this email", change.Errors);

    private static ProblemHttpResult LastAdmin() => Problems.Conflict("the last admin must stay an admin: make another admin first");

    private static ProblemHttpResult NotFound(string id) => Problems.NotFound($"user '{id}' not found");

    /// <summary>The body of PATCH: the fields to change.</summary>
    public sealed record UserBody(string? Email, string? Name, string? Role, string? RepId, string? Language, string? TimeZone);
}
