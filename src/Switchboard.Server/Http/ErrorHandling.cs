using Microsoft.AspNetCore.Diagnostics;
using Switchboard.Server.Hosting;

namespace Switchboard.Server.Http;

/// <summary>
/// Turns the exceptions ASP.NET raises for bad requests (oversize body → 413; a malformed chunked, multipart
/// or otherwise unreadable body → 400), wherever they surface, into problem+json; anything else is a logged
/// 500 without internals.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = BadRequest(exception) switch
        {
            { StatusCode: 413 } bad => (413, "The request body is too large.", bad.Message),
            { } bad => (bad.StatusCode, "The request could not be read.", bad.Message),
            null when context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException =>
                (499, "The client closed the request.", null),
            null when exception is IOException && exception.Source?.StartsWith(KestrelAssembly, StringComparison.Ordinal) == true =>
                (400, "The request could not be read.", "the request body is malformed (chunked transfer encoding)"),
            null => (500, "An unexpected error occurred.", null),
        };
        if (status == 500) log.UnhandledError(exception, context.Request.Path.ToString());
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }

    /// <summary>Kestrel reports some malformed bodies (a chunk size that overflows) as an IOException of its own.</summary>
    private const string KestrelAssembly = "Microsoft.AspNetCore.Server.Kestrel";

    /// <summary>Kestrel's complaint about the request, also when another exception wraps it (a reader or parser that was reading the body).</summary>
    private static BadHttpRequestException? BadRequest(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is BadHttpRequestException bad) return bad;
        return null;
    }
}
