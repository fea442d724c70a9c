using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Http;

/// <summary>RFC 7807 answers with an "errors" map keyed by the field path.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(string path, string message, string title = "The request is invalid.") =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [path] = [message] }, title: title);

    public static ValidationProblem Invalid(IEnumerable<ValidationError> errors, string title = "The request is invalid.") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path.TrimStart('.')).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: title);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail, IEnumerable<ValidationError>? errors = null, string? ownerId = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (errors is not null) extensions["errors"] = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        if (ownerId is not null) extensions["ownerId"] = ownerId;
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: extensions);
    }

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
