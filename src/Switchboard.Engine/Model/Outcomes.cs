namespace Switchboard.Engine.Model;

/// <summary>
/// Every outcome a <see cref="Decision"/> records, in one place: what a lead's history, reports and metrics read.
/// Membership changes are named by kind: <c>added_to_list</c>, <c>removed_from_campaign</c>…
/// </summary>
public static class Outcomes
{
    // Routing: who owns the lead.
    public const string Assigned = "assigned";
    public const string Kept = "kept";
    public const string AlreadyAssigned = "already_assigned";
    public const string NotEligible = "not_eligible";
    public const string Fallback = "fallback";
    public const string Overflow = "overflow";
    public const string Queued = "queued";
    public const string Unassigned = "unassigned";
    public const string Claimable = "claimable";
    public const string Claimed = "claimed";
    public const string HandedOver = "handed_over";

    // Follow-up: SLA, rejection, engagement.
    public const string SlaBreached = "sla_breached";
    public const string Escalated = "escalated";
    public const string Stale = "stale";
    public const string Rejected = "rejected";
    public const string Recycled = "recycled";
    public const string Touched = "touched";
    public const string EventReceived = "event_received";
    public const string Scored = "scored";

    // Intake and lifecycle.
    public const string Merged = "merged";
    public const string StageChanged = "stage_changed";
    public const string Converted = "converted";
    public const string DealStageChanged = "deal_stage_changed";

    // Actions.
    public const string Scheduled = "scheduled";
    public const string Skipped = "skipped";
    public const string Notified = "notified";
    public const string EmailQueued = "email_queued";
    public const string WebhookQueued = "webhook_queued";
    public const string TaskCreated = "task_created";
    public const string SetField = "set_field";
    public const string SetStage = "set_stage";

    public static string AddedTo(string kind) => $"added_to_{kind}";
    public static string RemovedFrom(string kind) => $"removed_from_{kind}";
}
