namespace Switchboard.Engine.Workflows;

/// <summary>
/// What happened to a lead: the trigger type and, for updates, which fields changed; for stage changes the
/// stages moved between, for events the event type, for score.crossed the score before and after.
/// </summary>
public sealed record TriggerEvent(string Type, IReadOnlyCollection<string>? ChangedFields = null)
{
    /// <summary>lead.created by a web form: the form's id; that form's form.submitted workflows run in the same evaluation.</summary>
    public string? FormId { get; init; }

    public bool IsOnExistingLead => Type != Model.Triggers.LeadCreated;

    /// <summary>stage.changed and deal.stage.changed: the stage before.</summary>
    public string? From { get; init; }
    /// <summary>stage.changed and deal.stage.changed: the stage now.</summary>
    public string? To { get; init; }
    /// <summary>event.received: the event's type.</summary>
    public string? EventType { get; init; }
    /// <summary>score.crossed: the score and grade before and after.</summary>
    public ScoreChange? Score { get; init; }
}

/// <summary>A lead's score and grade before and after recomputing.</summary>
public sealed record ScoreChange(int FromScore, string? FromGrade, int ToScore, string? ToGrade)
{
    public bool Changed => FromScore != ToScore || FromGrade != ToGrade;
}
