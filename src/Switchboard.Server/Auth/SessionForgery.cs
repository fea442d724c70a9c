using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Switchboard.Server.Auth;

/// <summary>
/// A change through the API on the strength of a session cookie needs the anti-forgery token in its header
/// (<c>RequestVerificationToken</c>, from GET /account/antiforgery): the browser sends the cookie with any request to
/// this site, even one another page made (SameSite=Lax stops only other sites, not sibling subdomains or old browsers).
/// API keys are never sent by a browser on its own and need no token.
/// </summary>
public static class SessionForgery
{
    public static IApplicationBuilder UseSessionForgeryCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest, Title = "The request is invalid.",
                    Detail = "a change made with a session cookie needs the anti-forgery token in the RequestVerificationToken header",
                },
            });
            return;
        }
        await next(context);
    });

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.User.Identity is { IsAuthenticated: true, AuthenticationType: UserSessions.Scheme };
}
