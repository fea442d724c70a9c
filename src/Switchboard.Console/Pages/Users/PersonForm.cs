using Switchboard.Application.People;
using Switchboard.Storage;

namespace Switchboard.Web.Pages.Users;

/// <summary>A person's profile while an admin fills it in: every field as the inputs hold it.</summary>
public sealed class PersonForm
{
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = UserRoles.Rep;
    public string? RepId { get; set; }
    public string Language { get; set; } = UserLanguages.Default;
    public string? TimeZone { get; set; }

    public static PersonForm Of(UserRecord user) => new()
    {
        Email = user.Email, Name = user.Name, Role = user.Role, RepId = user.RepId, Language = user.Language, TimeZone = user.TimeZone,
    };

    /// <summary>The profile as asked for: the rep only for a rep (another role unbinds it), the email only when inviting.</summary>
    public UserDraft Draft(bool withEmail) =>
        new(withEmail ? Email : null, Name, Role, Role == UserRoles.Rep ? RepId : null, Language, TimeZone ?? "");
}
