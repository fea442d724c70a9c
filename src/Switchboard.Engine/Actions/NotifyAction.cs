using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// notify: a message about the lead to slack (url), a signed webhook (url, secret) or email (to: owner,
/// manager, a rep id or an address), with an optional template (default: the lead's key facts and link).
/// An email recipient that cannot be resolved (no owner yet, no address) is recorded as skipped.
/// </summary>
internal sealed class NotifyAction : IActionType
{
    private static readonly string[] ChannelNames = [Channels.Slack, Channels.Webhook, Channels.Email];

    public string Type => "notify";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        switch (action.Channel)
        {
            case Channels.Slack:
                ActionFields.Url(action.Url, $"{path}.url", "a slack notification", errors);
                break;
            case Channels.Webhook:
                ActionFields.Url(action.Url, $"{path}.url", "a webhook notification", errors);
                ActionFields.Required(action.Secret, $"{path}.secret", "a webhook notification needs a secret to sign with", errors);
                break;
            case Channels.Email:
                ActionFields.Recipient(action.To, $"{path}.to", config, errors);
                ActionFields.Template(action.Subject, $"{path}.subject", errors);
                break;
            default:
                errors.Add(new($"{path}.channel", $"channel must be one of {string.Join(", ", ChannelNames)} (got {(action.Channel is null ? "nothing" : $"\"{action.Channel}\"")})"));
                break;
        }
        ActionFields.Template(action.Template, $"{path}.template", errors);
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var lead = ev.Lead;
        var owner = Recipients.Rep(ev.Config, lead.OwnerId);
        var text = action.Template is { } template ? Template.Render(template, lead, owner, workflow.Id, ev.Config.PublicUrl) : LeadSummary.Text(lead, owner, ev.Config.PublicUrl);
        switch (action.Channel)
        {
            case Channels.Slack:
                ev.Effects.Messages.Add(OutgoingMessages.Slack(action.Url!, text, lead.Id));
                Record(ev, workflow, Outcomes.Notified, "slack message queued");
                return;
            case Channels.Webhook:
                ev.Effects.Messages.Add(OutgoingMessages.Webhook(ev, action.Url!, action.Secret, workflow.Id, text));
                Record(ev, workflow, Outcomes.Notified, $"webhook to {action.Url} queued");
                return;
            default:
                Email(ev, action, workflow, owner, text);
                return;
        }
    }

    private void Email(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow, Rep? owner, string text)
    {
        var to = action.To!;
        var (address, problem) = Recipients.Resolve(to, ev.Lead, ev.Config);
        if (address is null)
        {
            Record(ev, workflow, Outcomes.Skipped, $"email to {to} skipped: {problem}");
            return;
        }
        var subject = action.Subject is { } s ? Template.Render(s, ev.Lead, owner, workflow.Id, ev.Config.PublicUrl) : LeadSummary.Subject(ev.Lead);
        ev.Effects.Messages.Add(OutgoingMessages.Email([address], subject, text, ev.Lead.Id));
        Record(ev, workflow, Outcomes.Notified, to == address ? $"email to {address} queued" : $"email to {to} ({address}) queued");
    }

    private void Record(Evaluation ev, CompiledWorkflow workflow, string outcome, string what) =>
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, outcome, $"workflow {workflow.Id}: {what}"));
}
