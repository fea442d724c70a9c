using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Application.Routing;

namespace Switchboard.Application;

/// <summary>
/// The changes people and integrations make to leads and deals, for every caller alike (the HTTP endpoints, the
/// console): each is one routing command, run by the process's <see cref="RoutingWriter"/> in a group commit, and
/// answers a <see cref="LeadOutcome"/> value. What follows a change (queues drained when a lead closes) happens here.
/// </summary>
public sealed class LeadService(RoutingWriter writer)
{
    public static string NewLeadId() => "ld_" + Guid.CreateVersion7().ToString("N");
    public static string NewDealId() => "deal_" + Guid.CreateVersion7().ToString("N");

    /// <summary>Intake of a validated submission: replayed, merged into its open duplicate, or created and routed.</summary>
    public Task<LeadOutcome> CreateAsync(Submission submission, string? formId = null) =>
        writer.SubmitAsync(new CreateLeadCommand(NewLeadId(), submission) { FormId = formId });

    /// <summary>A PATCH of a lead's data, stage or status; closing it frees its owner's cap, so their queues get another look.</summary>
    public async Task<LeadOutcome> UpdateAsync(string leadId, LeadChange change, Caller caller)
    {
        var outcome = await writer.SubmitAsync(new UpdateLeadCommand(leadId, change, caller));
        if (change.Status is not null) await DrainQueuesOfOwnerAsync(outcome);
        return outcome;
    }

    public Task<LeadOutcome> SetStageAsync(string leadId, string stage, Caller caller) =>
        writer.SubmitAsync(new UpdateLeadCommand(leadId, new LeadChange([], stage), caller));

    public Task<LeadOutcome> AssignAsync(string leadId, string repId, Caller caller) =>
        writer.SubmitAsync(new AssignLeadCommand(leadId, repId, caller.Actor));

    /// <summary>A claim for <paramref name="repId"/>: by the rep itself when the caller is bound to that rep.</summary>
    public Task<LeadOutcome> ClaimAsync(string leadId, string repId, Caller caller) =>
        writer.SubmitAsync(new ClaimCommand(leadId, repId, byRep: caller.RepId is not null));

    /// <summary>The owner rejects the lead (a manager rejects it on the owner's behalf).</summary>
    public Task<LeadOutcome> RejectAsync(string leadId, string reason, Caller caller) =>
        writer.SubmitAsync(new LeadActionCommand(leadId, caller, (group, lead) =>
            (caller.RepId ?? lead.OwnerId) is { } repId
                ? Router.Reject(group.Config, group.State, lead, repId, reason, group.Now)
                : new Refusal(RefusalKind.Conflict, "status", $"lead '{leadId}' has no owner to reject it")));

    public Task<LeadOutcome> TouchAsync(string leadId, string touchType, Caller caller) =>
        writer.SubmitAsync(new LeadActionCommand(leadId, caller, (group, lead) => Router.Touch(group.Config, group.State, lead, touchType, group.Now)));

    /// <summary>Converts the lead into a deal; the closed lead frees its owner's cap, so their queues get another look.</summary>
    public async Task<(LeadOutcome Outcome, Deal? Deal)> ConvertAsync(string leadId, decimal amount, string? pipeline, string? name, Caller caller)
    {
        var command = new ConvertLeadCommand(leadId, new DealRequest(NewDealId(), amount, pipeline, name), caller);
        var outcome = await writer.SubmitAsync(command);
        if (command.Deal is not null) await DrainQueuesOfOwnerAsync(outcome);
        return (outcome, command.Deal);
    }

    public async Task<(LeadOutcome Outcome, Deal? Deal)> ChangeDealAsync(string dealId, string? stage, decimal? amount, string? name, Caller caller)
    {
        var command = new ChangeDealCommand(dealId, stage, amount, name, caller);
        var outcome = await writer.SubmitAsync(command);
        return (outcome, command.Deal);
    }

    public Task<LeadOutcome> RecordEventsAsync(string leadId, IReadOnlyList<LeadEvent> events, Caller caller) =>
        writer.SubmitAsync(new RecordEventsCommand(leadId, events, caller));

    /// <summary>Something may have made members eligible (a rep came online): queued leads of their pools are routed again.</summary>
    public Task<LeadOutcome> DrainQueuesAsync(string? repId) => writer.SubmitAsync(new DrainQueuesCommand(repId));

    private async Task DrainQueuesOfOwnerAsync(LeadOutcome outcome)
    {
        if (outcome is { Kind: LeadOutcomeKind.Updated, Lead: { IsOpen: false, OwnerId: { } owner } }) await DrainQueuesAsync(owner);
    }
}
