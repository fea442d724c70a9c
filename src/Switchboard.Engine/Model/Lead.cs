using System.Text.Json.Nodes;
using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>
/// A lead as the engine sees and changes it. <see cref="Data"/> holds the submitted fields exactly as
/// received (standard fields at the top level, custom ones under "fields").
/// </summary>
public sealed class Lead
{
    public string Id { get; set; } = "";
    public string? ExternalId { get; set; }
    public string? OwnerId { get; set; }
    public string Status { get; set; } = LeadStatus.Unassigned;
    public string Stage { get; set; } = "New";
    public int Score { get; set; }
    public string? Grade { get; set; }
    /// <summary>The engagement (event) part of <see cref="Score"/> when it was last computed from the lead's events, after decay and caps.</summary>
    public double Engagement { get; set; }
    /// <summary>The pool a queued or claimable lead waits in.</summary>
    public string? PoolId { get; set; }
    public int ConfigVersion { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant? AssignedAt { get; set; }
    public Instant? FirstTouchAt { get; set; }
    public Instant UpdatedAt { get; set; }
    public JsonObject Data { get; set; } = new();
    /// <summary>The pool whose strategy gave the current owner (reassignment on SLA breach or reject re-routes there).</summary>
    public string? RoutedPoolId { get; set; }
    /// <summary>How many times an SLA breach has moved this lead on.</summary>
    public int Reassignments { get; set; }
    /// <summary>Every rep that has owned this lead, oldest first (reassignment excludes them).</summary>
    public List<string> PreviousOwners { get; set; } = [];
    /// <summary>The web form the lead was created through (null: the API or an import); set once, when it is created.</summary>
    public string? FormId { get; set; }

    public bool IsOpen => Status is not (LeadStatus.Converted or LeadStatus.Disqualified or LeadStatus.Recycled);
}

public static class LeadStatus
{
    public const string Unassigned = "unassigned";
    public const string Queued = "queued";
    public const string Claimable = "claimable";
    public const string Assigned = "assigned";
    public const string Recycled = "recycled";
    public const string Converted = "converted";
    public const string Disqualified = "disqualified";
    public static readonly string[] All = [Unassigned, Queued, Claimable, Assigned, Recycled, Converted, Disqualified];
}

/// <summary>The standard lead fields of SPEC; anything else goes under "fields".</summary>
public static class LeadFields
{
    public static readonly string[] Standard =
    [
        "email", "phone", "firstName", "lastName", "company", "title", "website", "country", "region",
        "city", "industry", "employees", "dealSize", "productInterest", "source",
    ];

    /// <summary>A lead needs a non-blank value in at least one of these to be taken in.</summary>
    public static readonly string[] Identifying = ["email", "phone", "firstName", "lastName", "company", "externalId"];

    public static readonly string IdentifyingRule =
        "a lead needs at least one of email, phone, firstName, lastName, company or externalId (blank values do not count)";
}
