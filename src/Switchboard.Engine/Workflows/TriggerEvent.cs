namespace Switchboard.Engine.Workflows;

/// <summary>What happened to a lead: the trigger type and, for updates, which fields changed.</summary>
public sealed record TriggerEvent(string Type, IReadOnlyCollection<string>? ChangedFields = null)
{
    /// <summary>lead.created by a web form: the form's id; that form's form.submitted workflows run in the same evaluation.</summary>
    public string? FormId { get; init; }

    public bool IsOnExistingLead => Type != Model.Triggers.LeadCreated;
}
