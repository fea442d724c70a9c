using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>
/// send_email: an email to the lead from its owner (fromName = the owner's name, replyTo = the owner's
/// address, so replies go back to the sending rep), with a subject and a body template. Skipped (and recorded)
/// when the lead has no email address; sent without fromName/replyTo when the lead has no owner.
/// </summary>
internal sealed class SendEmailAction : IActionType
{
    public string Type => "send_email";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        ActionFields.RequiredTemplate(action.Subject, $"{path}.subject", "send_email needs a subject", errors);
        ActionFields.RequiredTemplate(action.Template, $"{path}.template", "send_email needs a template (the message text)", errors);
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var lead = ev.Lead;
        if (LeadText.Field(lead, "email") is not { } to || !Recipients.IsAddress(to.Trim()))
        {
            ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.Skipped, $"workflow {workflow.Id}: email to the lead skipped: the lead has no email address"));
            return;
        }
        var owner = Recipients.Rep(ev.Config, lead.OwnerId);
        var subject = Template.Render(action.Subject!, lead, owner, workflow.Id, ev.Config.PublicUrl);
        var text = Template.Render(action.Template!, lead, owner, workflow.Id, ev.Config.PublicUrl);
        var replyTo = string.IsNullOrWhiteSpace(owner?.Email) ? null : owner.Email;
        ev.Effects.Messages.Add(OutgoingMessages.Email([to.Trim()], subject, text, lead.Id, replyTo, owner?.Name));
        var from = owner is null ? "" : $" from {owner.Id}" + (replyTo is null ? " (no reply-to: the owner has no address)" : $" (replies to {replyTo})");
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.EmailQueued, $"workflow {workflow.Id}: email \"{subject}\" to the lead{from} queued"));
    }
}
