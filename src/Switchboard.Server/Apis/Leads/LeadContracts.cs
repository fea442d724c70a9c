using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Leads;

// The shapes of the lead endpoints' bodies and answers, as the OpenAPI document describes them (the handlers
// write the same JSON through LeadJson and the batch writer).

/// <summary>
/// The standard fields of a lead, all optional; anything else goes under <c>fields</c> (custom fields, any names).
/// <c>employees</c> and <c>dealSize</c> take a number or text, <c>productInterest</c> a text or a list of texts.
/// </summary>
public record LeadFieldValues
{
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    public string? Title { get; init; }
    public string? Website { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? City { get; init; }
    public string? Industry { get; init; }
    public string? Source { get; init; }
    public JsonNode? Employees { get; init; }
    public JsonNode? DealSize { get; init; }
    public JsonNode? ProductInterest { get; init; }
    /// <summary>Custom fields: text, numbers, booleans or lists, by any name of 1 to 100 characters.</summary>
    public Dictionary<string, JsonNode?>? Fields { get; init; }
}

/// <summary>
/// A new lead (<c>POST /api/leads</c>, one item of a batch): at least one of email, phone, firstName, lastName, company
/// or externalId; <c>externalId</c> (at most 200 characters) makes a retry create nothing.
/// </summary>
public sealed record CreateLeadRequest : LeadFieldValues
{
    public string? ExternalId { get; init; }
}

/// <summary>A change to a lead (<c>PATCH /api/leads/{id}</c>): fields to set (null clears), a lead stage, or <c>status: "disqualified"</c>.</summary>
public sealed record UpdateLeadRequest : LeadFieldValues
{
    public string? Stage { get; init; }
    public string? Status { get; init; }
}

/// <summary>
/// A lead as the API shows it: its fields as sent, and what routing made of it. <c>decisions</c> come with the answer to a
/// write; <c>duplicateOf</c> names the open lead a submission was merged into. An intake key's answers carry only
/// <c>id</c>, <c>status</c> and <c>duplicateOf</c>.
/// </summary>
public sealed record LeadView : LeadFieldValues
{
    public required string Id { get; init; }
    public string? ExternalId { get; init; }
    public string? OwnerId { get; init; }
    public required string Status { get; init; }
    public string? Stage { get; init; }
    public int? Score { get; init; }
    public string? Grade { get; init; }
    public string? PoolId { get; init; }
    public int? ConfigVersion { get; init; }
    public string? CreatedAt { get; init; }
    public string? AssignedAt { get; init; }
    public string? FirstTouchAt { get; init; }
    public string? UpdatedAt { get; init; }
    /// <summary>The web form the lead was created through; absent for the API and imports.</summary>
    public string? FormId { get; init; }
    public string? DuplicateOf { get; init; }
    public IReadOnlyList<Decision>? Decisions { get; init; }
}

/// <summary>Every routing decision made for a lead, with its candidates and their reasons.</summary>
public sealed record RoutingHistory(string LeadId, IReadOnlyList<Decision> Decisions);

/// <summary>
/// <see cref="RoutingHistory"/> with <c>explain=full</c>: per trigger and configuration version the decisions record, every
/// workflow of that trigger walked over the lead's current values, matched or not, and why not.
/// </summary>
public sealed record ExplainedRouting(string LeadId, IReadOnlyList<Decision> Decisions, IReadOnlyList<Application.Simulation.DecisionWalk> Trace);

/// <summary>The answer to a JSON batch: one result per item, in order, and the counts.</summary>
public sealed record BatchAnswer(IReadOnlyList<BatchItemResult> Results, int Created, int Merged, int Replayed, int Errors);

/// <summary>
/// What became of one batch item: <c>status</c> created, merged, replayed or error; an error names the item's fields as
/// <c>[17].email</c> in <c>errors</c>. <c>ownerId</c> is left out for intake keys. NDJSON batches get one of these per line.
/// </summary>
public sealed record BatchItemResult(
    int Index, string Status, string? LeadId, string? OwnerId, string? DuplicateOf, string? Title, IReadOnlyDictionary<string, string[]>? Errors);
