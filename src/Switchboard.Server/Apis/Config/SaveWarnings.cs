using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Switchboard.Application;
using Switchboard.Engine.Lint;
using Switchboard.Server.Auth;

namespace Switchboard.Server.Apis.Config;

/// <summary>
/// The lint warnings of a save answered beside the item a section write (POST, PUT, PATCH) or a settings write answers,
/// as its "warnings" member, the way a whole-configuration save answers them beside the new version: the handler notes
/// the save (<see cref="Note"/>), and the endpoint filter (<see cref="WithSaveWarnings{TBuilder}"/>) adds them to the answer
/// after every other filter shaped it (a form's embed). A rep key writing its own record is not told the configuration's
/// warnings; a write that saved no version answers none. Bodies sent back with their warnings are taken without them
/// (<see cref="Strip"/>).
/// </summary>
public static class SaveWarnings
{
    private static readonly object Key = new();

    private sealed record Noted(IReadOnlyList<LintFinding> Warnings, string? Location);

    /// <summary>Notes a saved change's warnings for the answer (<paramref name="location"/>: the new item's, for a 201).</summary>
    public static void Note(HttpContext context, ClaimsPrincipal user, ConfigChange change, string? location = null)
    {
        if (change.Outcome == ConfigOutcome.Saved && user.RestrictedToRep() is null)
            context.Items[Key] = new Noted(change.Warnings, location);
    }

    /// <summary>Removes the "warnings" member an answer sent back as it came still has (never part of the item).</summary>
    public static JsonObject Strip(JsonObject body)
    {
        body.Remove(ConfigApi.WarningsKey);
        return body;
    }

    /// <summary>Adds the noted warnings to a 200 or 201 answer's JSON object.</summary>
    public static TBuilder WithSaveWarnings<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            if (!http.Items.TryGetValue(Key, out var item) || item is not Noted noted) return result;
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            if (answer is not IValueHttpResult { Value: { } value } || answer is not IStatusCodeHttpResult { StatusCode: 200 or 201 } status) return result;
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            if (JsonSerializer.SerializeToNode(value, value.GetType(), options) is not JsonObject body) return result;
            body[ConfigApi.WarningsKey] = JsonSerializer.SerializeToNode(noted.Warnings, options);
            if (status.StatusCode == 201 && noted.Location is { } location) http.Response.Headers.Location = location;
            return TypedResults.Json(body, options, statusCode: status.StatusCode);
        });
}
