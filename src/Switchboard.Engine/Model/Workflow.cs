using System.Text.Json;
using System.Text.Json.Serialization;
using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>Trigger + conditions + ordered actions.</summary>
[OmitNulls]
public sealed record Workflow
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public int Priority { get; init; }
    public bool Enabled { get; init; } = true;
    public bool StopOnMatch { get; init; }
    public Trigger Trigger { get; init; } = new();
    public Condition? Conditions { get; init; }
    public List<WorkflowAction> Actions { get; init; } = [];
    /// <summary>First-touch SLA for owners this workflow's assign gives; wins over the pool's.</summary>
    public Sla? Sla { get; init; }
}

[OmitNulls]
public sealed record Trigger
{
    public string Type { get; init; } = Triggers.LeadCreated;
    /// <summary>lead.created: only leads of this source.</summary>
    public string? Source { get; init; }
    /// <summary>lead.updated: only when one of these fields changed.</summary>
    public List<string>? Fields { get; init; }
    /// <summary>form.submitted: only submissions of this form.</summary>
    public string? FormId { get; init; }
    /// <summary>stage.changed: only moves from this lead stage.</summary>
    public string? From { get; init; }
    /// <summary>stage.changed: only moves to this lead stage; deal.stage.changed: to this deal stage (or won / lost).</summary>
    public string? To { get; init; }
    /// <summary>score.crossed: only when the grade rises to this grade (or above) from below it.</summary>
    public string? Grade { get; init; }
    /// <summary>score.crossed: only when the score rises from below this value to it or above.</summary>
    public int? Threshold { get; init; }
    /// <summary>event.received: only events of this type.</summary>
    public string? EventType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public static class Triggers
{
    public const string LeadCreated = "lead.created";
    /// <summary>A web form created a lead; fires together with lead.created in one evaluation.</summary>
    public const string FormSubmitted = "form.submitted";
    public const string LeadUpdated = "lead.updated";
    public const string LeadRejected = "lead.rejected";
    public const string SlaBreached = "sla.breached";
    public const string StageChanged = "stage.changed";
    public const string ScoreCrossed = "score.crossed";
    public const string EventReceived = "event.received";
    public const string DealStageChanged = "deal.stage.changed";
    public const string Manual = "manual";
    /// <summary>Decision triggers of rep actions and timers (not in <see cref="Known"/>: workflows cannot name them).</summary>
    public const string Touch = "touch";
    public const string Claim = "claim";
    public const string ClaimWindowEnded = "claim_window";
    public const string QueueRecheck = "queue_recheck";
    /// <summary>Triggers a workflow may name.</summary>
    public static readonly string[] Known =
        [LeadCreated, LeadUpdated, LeadRejected, SlaBreached, FormSubmitted, StageChanged, ScoreCrossed, EventReceived, DealStageChanged];
    /// <summary>Decision triggers of conversion and deal changes (not in <see cref="Known"/>).</summary>
    public const string Convert = "convert";
}

/// <summary>
/// One action of a workflow. A single record carries the parameters of every action type;
/// each type validates and executes the ones it uses (see Actions/).
/// </summary>
[OmitNulls]
public sealed record WorkflowAction
{
    public string Type { get; init; } = "";
    public string? Pool { get; init; }
    public string? Rep { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Reassign { get; init; }
    public string? Field { get; init; }
    public JsonElement? Value { get; init; }
    public string? Stage { get; init; }
    /// <summary>Any action: ISO-8601 duration; the action is scheduled and runs that much later.</summary>
    public string? Delay { get; init; }
    /// <summary>notify: slack | webhook | email.</summary>
    public string? Channel { get; init; }
    /// <summary>notify (slack, webhook) and webhook: the URL posted to.</summary>
    public string? Url { get; init; }
    /// <summary>notify (webhook) and webhook: the HMAC-SHA256 signing secret.</summary>
    public string? Secret { get; init; }
    /// <summary>notify (email): "owner", "manager", a rep id or an address.</summary>
    public string? To { get; init; }
    /// <summary>notify, send_email, webhook: message text with {{lead.firstName}}, {{lead.fields.X}}, {{owner.name}}…</summary>
    public string? Template { get; init; }
    /// <summary>send_email and notify (email): subject line (template allowed).</summary>
    public string? Subject { get; init; }
    /// <summary>create_task: title (template allowed).</summary>
    public string? Title { get; init; }
    /// <summary>create_task: ISO-8601 duration from now, or "end_of_day" in the owner's zone.</summary>
    public string? Due { get; init; }
    /// <summary>add_to_list, remove_from_list: a list id.</summary>
    public string? List { get; init; }
    /// <summary>add_to_campaign: a campaign id.</summary>
    public string? Campaign { get; init; }
    /// <summary>assign: the owner of the lead's account (walking up parentId to the first eligible owner).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AccountOwner { get; init; }
    /// <summary>assign with accountOwner: the pool routed into when no account matches or no account owner is eligible.</summary>
    public string? FallbackPool { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
