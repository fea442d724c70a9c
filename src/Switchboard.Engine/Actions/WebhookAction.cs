using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Actions;

/// <summary>webhook: posts the lead (signed with the secret) to a URL: {event, at, lead, ownerId, workflowId, text?}.</summary>
internal sealed class WebhookAction : IActionType
{
    public string Type => "webhook";

    public void Validate(WorkflowAction action, string path, RoutingConfig config, List<ValidationError> errors)
    {
        ActionFields.Url(action.Url, $"{path}.url", "webhook", errors);
        ActionFields.Required(action.Secret, $"{path}.secret", "webhook needs a secret to sign with", errors);
        ActionFields.Template(action.Template, $"{path}.template", errors);
    }

    public void Execute(Evaluation ev, WorkflowAction action, CompiledWorkflow workflow)
    {
        var text = action.Template is { } template
            ? Template.Render(template, ev.Lead, Recipients.Rep(ev.Config, ev.Lead.OwnerId), workflow.Id, ev.Config.PublicUrl)
            : null;
        ev.Effects.Messages.Add(OutgoingMessages.Webhook(ev, action.Url!, action.Secret, workflow.Id, text));
        ev.Decisions.Add(ev.NewDecision(workflow.Id, Type, Outcomes.WebhookQueued, $"workflow {workflow.Id}: webhook to {action.Url} queued"));
    }
}
