using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// A lead created by a web form fires lead.created and form.submitted together: their workflows run in one
/// evaluation, merged in ascending priority (ties: creation order), so "first assign wins" and stopOnMatch
/// span both triggers.
/// </summary>
internal static class FormSubmission
{
    /// <summary>The merged workflows of a web form's lead.created evaluation; null for any other evaluation.</summary>
    public static WorkflowSequence? Workflows(Evaluation ev) =>
        ev.Trigger.FormId is null || ev.Trigger.Type != Triggers.LeadCreated ? null : ev.Config.FormLeadCreated;
}
