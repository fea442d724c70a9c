using System.Net.Mail;
using NodaTime;
using Switchboard.Engine.Validation;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>What a person's profile must be, each problem named by its field.</summary>
internal static class UserValidation
{
    private const int MaxEmail = 254;
    private const int MaxName = 200;

    /// <param name="repExists">Whether the configuration has a rep with this id.</param>
    public static List<ValidationError> Check(UserRecord user, Func<string, bool> repExists)
    {
        var errors = new List<ValidationError>();
        if (!IsEmail(user.Email)) errors.Add(new("email", "must be an email address such as kim@example.com"));
        if (user.Name.Length == 0) errors.Add(new("name", "is required"));
        else if (user.Name.Length > MaxName) errors.Add(new("name", $"must be at most {MaxName} characters"));
        if (!UserRoles.All.Contains(user.Role)) errors.Add(new("role", $"must be one of {string.Join(", ", UserRoles.All)}"));
        else if (user.Role == UserRoles.Rep && user.RepId is null) errors.Add(new("repId", "a rep user must name the rep it is"));
        else if (user.Role != UserRoles.Rep && user.RepId is not null) errors.Add(new("repId", "only rep users are bound to a rep"));
        else if (user.RepId is { } repId && !repExists(repId)) errors.Add(new("repId", $"unknown rep '{repId}'"));
        if (!UserLanguages.All.Contains(user.Language)) errors.Add(new("language", $"must be one of {string.Join(", ", UserLanguages.All)}"));
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(user.TimeZone) is null) errors.Add(new("timeZone", $"unknown IANA time zone '{user.TimeZone}'"));
        return errors;
    }

    private static bool IsEmail(string email) =>
        email.Length is > 0 and <= MaxEmail && MailAddress.TryCreate(email, out var address) && address.Address == email && address.DisplayName.Length == 0;
}
