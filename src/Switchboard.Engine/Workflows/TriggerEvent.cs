namespace Switchboard.Engine.Workflows;

/// <summary>What happened to a lead: the trigger type and, for updates, which fields changed.</summary>
public sealed record TriggerEvent(string Type, IReadOnlyCollection<string>? ChangedFields = null)
{
    public bool IsOnExistingLead => Type != Model.Triggers.LeadCreated;
}
