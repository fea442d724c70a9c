using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// A single-lead answer (201 with Location, or 200) written straight to the response body with
/// <see cref="LeadJson.WriteTo"/>: no intermediate JSON DOM per request, which on the intake hot path
/// cost a deep copy of the lead and a serialise-then-parse of its decisions. A receipt (the answer to an intake key)
/// carries only the lead's id and status, and duplicateOf for a merge: an intake key learns nothing else about a lead.
/// </summary>
public sealed class LeadResponse(
    int statusCode, Lead lead, IReadOnlyList<Decision>? decisions, string? location = null, string? duplicateOf = null, bool receipt = false) : IResult
{
    public static LeadResponse Created(Lead lead, IReadOnlyList<Decision> decisions, bool receipt = false) =>
        new(StatusCodes.Status201Created, lead, decisions, $"/api/leads/{lead.Id}", receipt: receipt);

    public static LeadResponse Ok(Lead lead, IReadOnlyList<Decision>? decisions = null) => new(StatusCodes.Status200OK, lead, decisions);

    /// <summary>200 with the existing lead a submission was merged into, and <c>duplicateOf</c>: its id.</summary>
    public static LeadResponse Merged(Lead lead, IReadOnlyList<Decision> decisions, bool receipt = false) =>
        new(StatusCodes.Status200OK, lead, decisions, duplicateOf: lead.Id, receipt: receipt);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (location is not null) response.Headers.Location = location;
        response.ContentType = "application/json; charset=utf-8";
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented });
        if (receipt) LeadJson.WriteReceipt(writer, lead, duplicateOf);
        else LeadJson.WriteTo(writer, lead, decisions, options, duplicateOf);
        writer.Flush();
        return Task.CompletedTask;
    }
}
