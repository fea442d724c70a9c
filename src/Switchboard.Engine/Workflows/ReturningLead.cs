using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// A submission merged into the open lead it duplicates: the lead keeps its owner and every value it has; only its
/// empty fields (standard, custom <c>fields.X</c>, externalId) are filled. The submission is recorded as a "merged"
/// decision (trigger lead.updated) carrying the data as received, the owner hears of the returning lead by email
/// when email can be delivered, and the lead.updated workflows run with the filled fields as the changed ones.
/// </summary>
internal static class ReturningLead
{
    public static Evaluation Merge(CompiledConfig config, RoutingState state, Lead lead, Resubmission submission, bool emailOwner, Instant now)
    {
        var filled = new List<string>();
        var kept = new List<string>();
        EmptyFields.Fill(lead.Data, submission.Data, filled, kept);
        if (lead.ExternalId is null && submission.ExternalId is not null)
        {
            lead.ExternalId = submission.ExternalId;
            filled.Add("externalId");
        }
        lead.ConfigVersion = config.Version;

        var ev = new Evaluation(config, state, lead, new TriggerEvent(Triggers.LeadUpdated, filled), now);
        ev.Decisions.Add(ev.NewDecision(null, "merge", Outcomes.Merged, Why(submission, filled, kept)) with
        {
            ChosenRepId = lead.OwnerId, Submission = Recorded(submission),
        });
        Notify(ev, submission, filled, emailOwner);
        WorkflowRun.All(ev);
        return ev;
    }

    private static string Why(Resubmission submission, List<string> filled, List<string> kept)
    {
        var why = $"a new submission matched this open lead by {submission.MatchedBy} and was merged into it; "
            + (filled.Count == 0 ? "it had nothing to fill" : "filled " + string.Join(", ", filled));
        return kept.Count == 0 ? why : why + "; kept the existing " + string.Join(", ", kept);
    }

    private static JsonObject Recorded(Resubmission submission)
    {
        var data = (JsonObject)submission.Data.DeepClone();
        if (submission.ExternalId is not null) data.Insert(0, "externalId", submission.ExternalId);
        return data;
    }

    /// <summary>"Returning lead" email to the owner; a skipped notice says why.</summary>
    private static void Notify(Evaluation ev, Resubmission submission, List<string> filled, bool emailOwner)
    {
        var lead = ev.Lead;
        var owner = Recipients.Rep(ev.Config, lead.OwnerId);
        string? problem = lead.OwnerId is null ? "the lead has no owner"
            : owner is null ? $"owner {lead.OwnerId} is not a configured rep"
            : string.IsNullOrWhiteSpace(owner.Email) ? $"owner {owner.Id} has no email address"
            : !emailOwner ? "email delivery (SMTP) is not configured"
            : null;
        if (problem is not null)
        {
            ev.Decisions.Add(ev.NewDecision(null, "notify", Outcomes.Skipped, $"returning lead: owner not emailed, {problem}"));
            return;
        }
        var name = LeadText.DisplayName(lead);
        var text = $"{name} came back: a new submission matched this lead by {submission.MatchedBy}"
            + (filled.Count == 0 ? "." : $" and filled {string.Join(", ", filled)}.")
            + "\n\n" + LeadSummary.Text(lead, owner, ev.Config.PublicUrl);
        ev.Effects.Messages.Add(OutgoingMessages.Email([owner!.Email!], $"Returning lead: {name}", text, lead.Id));
        ev.Decisions.Add(ev.NewDecision(null, "notify", Outcomes.Notified, $"returning lead: email to owner {owner.Id} ({owner.Email}) queued") with
        {
            ChosenRepId = owner.Id,
        });
    }
}
