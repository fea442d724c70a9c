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
    public static CompiledWorkflow[]? Workflows(Evaluation ev)
    {
        if (ev.Trigger.FormId is null || ev.Trigger.Type != Triggers.LeadCreated) return null;
        var forms = ev.Config.Workflows(Triggers.FormSubmitted);
        var created = ev.Config.Workflows(Triggers.LeadCreated);
        return forms.Length == 0 ? created : [.. created.Concat(forms).OrderBy(w => w.Workflow.Priority).ThenBy(w => w.Index)];
    }
}
