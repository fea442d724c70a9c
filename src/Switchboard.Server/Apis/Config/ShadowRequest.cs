using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Http;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// A <c>PUT /api/config/shadow</c> body: <c>config</c> (a draft configuration document, required) and <c>note</c>
/// (optional, one line of at most <see cref="ChangeNote.MaxLength"/> characters). Errors name their path in the body
/// (<c>config.workflows[0].conditions.all[1].op</c>, <c>note</c>).
/// </summary>
public sealed record ShadowRequest(RoutingConfig Config, string? Note)
{
    private static readonly string[] Known = ["config", "note"];

    public static (ShadowRequest? Request, ValidationProblem? Problem) Read(JsonObject body)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, _) in body)
            if (!Known.Contains(key, StringComparer.Ordinal))
                errors.Add(new ValidationError(key, $"unknown member '{key}': a shadow run takes config and note"));
        var note = ReadNote(body, errors);
        if (body["config"] is not JsonObject document)
        {
            errors.Add(new ValidationError("config", "must be the draft configuration document (an object) to run in shadow"));
            return (null, Problems.Invalid(errors));
        }
        if (errors.Count > 0) return (null, Problems.Invalid(errors));
        var converted = JsonBody.Convert<RoutingConfig>(document);
        if (converted.Problem is not null) return (null, Problems.Invalid(InConfig(Errors(converted.Problem)), Invalid));
        return (new ShadowRequest(converted.Value!, note), null);
    }

    public const string Invalid = "The draft configuration is invalid; no shadow run was started.";

    /// <summary>Errors about the draft, with their paths inside the body.</summary>
    public static IEnumerable<ValidationError> InConfig(IEnumerable<ValidationError> errors) =>
        errors.Select(e => e with { Path = e.Path.TrimStart('$', '.') is { Length: > 0 } path ? "config." + path : "config" });

    private static string? ReadNote(JsonObject body, List<ValidationError> errors)
    {
        switch (body["note"])
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var note = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
                if (note is null) return null;
                var problem = TextRules.Problem(note, ChangeNote.MaxLength)
                    ?? (note.Any(char.IsControl) ? "is one line of text without control characters" : null);
                if (problem is not null) errors.Add(new ValidationError("note", problem));
                return note;
            default:
                errors.Add(new ValidationError("note", "must be a string"));
                return null;
        }
    }

    private static IEnumerable<ValidationError> Errors(ValidationProblem problem) =>
        (problem.ProblemDetails.Errors ?? new Dictionary<string, string[]>())
            .SelectMany(entry => entry.Value.Select(message => new ValidationError(entry.Key, message)));
}
