using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application.Routing;

/// <summary>
/// Intake of one submission: the engine's intake rules (<see cref="IntakeRules"/>) say replay, merge or create; a new
/// lead is routed (lead.created, with form.submitted for a web form).
/// </summary>
public sealed class CreateLeadCommand(string leadId, Submission submission) : RoutingCommand
{
    /// <summary>Set for a web form submission: that form's form.submitted workflows run together with lead.created.</summary>
    public string? FormId { get; init; }

    public override void Declare(RoutingReads reads, CompiledConfig config)
    {
        if (submission.IdempotencyKey is { } key) reads.IdempotencyKey(key);
        if (IntakeRules.MatchOn(config.Source.Settings?.Dedupe, submission) is { } keys) reads.DuplicatesOf(keys);
    }

    public override LeadOutcome Execute(RoutingGroup group)
    {
        var policy = group.Config.Source.Settings?.Dedupe;
        var intake = IntakeRules.Decide(policy, submission, group.IntakeFacts(submission, IntakeRules.MatchOn(policy, submission)));
        return intake.Kind switch
        {
            IntakeKind.Replay => new LeadOutcome(LeadOutcomeKind.Replayed, intake.Lead, []) { DuplicateOf = intake.DuplicateOf },
            IntakeKind.Merge => Merge(group, intake.Lead!, intake.MatchedBy!),
            _ => Create(group),
        };
    }

    private LeadOutcome Create(RoutingGroup group)
    {
        var lead = new Lead
        {
            Id = leadId,
            ExternalId = submission.ExternalId,
            Data = submission.Data.DeepClone().AsObject(),
            CreatedAt = group.Now,
            UpdatedAt = group.Now,
            FormId = FormId,
        };
        var evaluation = Router.Evaluate(group.Config, group.State, lead, new TriggerEvent(Triggers.LeadCreated) { FormId = FormId }, group.Now);
        group.Insert(lead, submission.IdempotencyKey, evaluation.Decisions);
        group.AddEffects(evaluation.Effects);
        return new LeadOutcome(LeadOutcomeKind.Created, lead, evaluation.Decisions);
    }

    private LeadOutcome Merge(RoutingGroup group, Lead existing, string matchedBy)
    {
        var evaluation = Router.Merge(group.Config, group.State, existing,
            new Resubmission(submission.Data, submission.ExternalId, matchedBy), group.EmailDelivery, group.Now);
        group.Update(existing, evaluation.Decisions);
        group.AddEffects(evaluation.Effects);
        if (submission.IdempotencyKey is { } key) group.RememberMerge(key, existing.Id);
        return new LeadOutcome(LeadOutcomeKind.Merged, existing, evaluation.Decisions) { DuplicateOf = existing.Id };
    }
}
