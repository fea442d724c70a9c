using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Switchboard.Application.People;
using Switchboard.Server.Auth;

namespace Switchboard.Server.Apis.Users;

/// <summary>
/// Sign-in, sign-out and the password forms of one-time links: form posts from the console's plain HTML pages,
/// each with an anti-forgery token, each answering with a redirect (errors as a code in the query string).
/// </summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Account").AllowAnonymous();
        account.MapGet("/antiforgery", Antiforgery)
            .WithSummary("An anti-forgery token for the form posts below (and its cookie), for scripts and tests");
        account.MapPost("/signin", SignInAsync).WithSummary("Sign in with email and password (form post)");
        account.MapPost("/signout", SignOutAsync).WithSummary("Sign out (form post)");
        account.MapPost("/password", SetPasswordAsync)
            .WithSummary("Set a password through an invitation, reset or setup link, and sign in (form post)");
        account.MapPost("/forgot", ForgotAsync)
            .WithSummary("Email a password reset link (form post; the answer is the same whether the email is known or not)");
        return app;
    }

    public static Ok<AntiforgeryToken> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.FormFieldName, tokens.HeaderName));
    }

    public static async Task<RedirectHttpResult> SignInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext http, SignInService signIns)
    {
        var target = LocalUrl(returnUrl);
        var result = await signIns.SignInAsync(email ?? "", password ?? "", http.RequestAborted);
        if (result.User is not { } user)
        {
            var error = result.Outcome == SignInOutcome.Locked ? "locked" : "invalid";
            return TypedResults.Redirect(UserSessions.SignInPath + Query(("error", error), ("returnUrl", target)));
        }
        await UserSessions.SignInAsync(http, user);
        return TypedResults.Redirect(target);
    }

    /// <summary>Needs the anti-forgery token although it reads no field: nobody may sign a person out from another site.</summary>
    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
            return TypedResults.Problem("the anti-forgery token is missing or invalid", statusCode: StatusCodes.Status400BadRequest, title: "The request is invalid.");
        await http.SignOutAsync(UserSessions.Scheme);
        return TypedResults.Redirect(UserSessions.SignInPath);
    }

    public static async Task<RedirectHttpResult> ForgotAsync([FromForm] string? email, HttpContext http, Invitations invitations)
    {
        if (email is { Length: > 0 }) await invitations.ResetAsync(email, http.RequestAborted);
        return TypedResults.Redirect(UserSessions.SignInPath + Query(("sent", "1")));
    }

    /// <summary>The setup form (first admin) also posts email and name; its errors go back to /setup, others to /password.</summary>
    public static async Task<RedirectHttpResult> SetPasswordAsync(
        [FromForm] string? token, [FromForm] string? password, [FromForm] string? confirm, [FromForm] string? email, [FromForm] string? name,
        HttpContext http, SignInService signIns)
    {
        var change = await signIns.SetPasswordAsync(new PasswordForm(token ?? "", password ?? "", confirm ?? "", email, name), http.RequestAborted);
        if (change.User is { } user)
        {
            await UserSessions.SignInAsync(http, user);
            return TypedResults.Redirect("/");
        }
        var page = email is null && name is null ? "/password" : "/setup";
        return TypedResults.Redirect(page + Query(("token", token ?? ""), ("error", ErrorCode(change))));
    }

    private static string ErrorCode(PasswordChange change) => change.Outcome switch
    {
        PasswordOutcome.Used => "used",
        PasswordOutcome.Weak => "weak",
        PasswordOutcome.Mismatch => "mismatch",
        PasswordOutcome.Invalid => change.Errors?.FirstOrDefault()?.Path ?? "invalid",
        _ => "expired",
    };

    private static QueryString Query(params (string Name, string Value)[] values) =>
        QueryString.Create(values.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value)));

    /// <summary>Only a path on this site (never another host, "//host" or "/\host"); the console's home otherwise.</summary>
    public static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl) ? url : "/";
}

/// <summary>An anti-forgery token: post it as the form field <c>field</c> (or the header <c>header</c>).</summary>
public sealed record AntiforgeryToken(string Token, string Field, string? Header);
