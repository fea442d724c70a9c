using Microsoft.AspNetCore.Diagnostics;

namespace Switchboard.Server.Http;

/// <summary>
/// Turns the exceptions ASP.NET raises for bad requests (oversize body → 413, unreadable body → 400)
/// into problem+json; anything else is a logged 500 without internals.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "The request body is too large." : "The request could not be read."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "The client closed the request."),
            _ => (500, "An unexpected error occurred."),
        };
        if (status == 500) log.LogError(exception, "unhandled error on {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = status == 500 ? null : exception.Message },
            Exception = exception,
        });
    }
}
