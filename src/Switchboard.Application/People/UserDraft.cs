using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>A person's profile as asked for: every field when creating; when changing, the fields to change (null keeps).</summary>
public sealed record UserDraft(string? Email, string? Name, string? Role, string? RepId = null, string? Language = null, string? TimeZone = null);

/// <summary>A person's own settings as it asks to change them (null keeps).</summary>
public sealed record UserSettings(string? Name, string? Language, string? TimeZone);

public enum UserOutcome
{
    Saved,
    Invalid,
    NotFound,
    /// <summary>Another user has the email: <see cref="UserChange.Errors"/> names the field.</summary>
    EmailTaken,
    /// <summary>Refused: no admin would be left.</summary>
    LastAdmin,
}

/// <summary>The outcome of creating or changing a person: the user as saved, or what was wrong, by field path.</summary>
public sealed record UserChange(UserOutcome Outcome, UserRecord? User = null, IReadOnlyList<ValidationError>? Errors = null)
{
    public static UserChange Taken(string email) => new(UserOutcome.EmailTaken, Errors: [new("email", $"'{email}' is already a user's email")]);
}
