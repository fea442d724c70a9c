using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>The one-time links people get: an invitation or reset sets a password, the setup link makes the first admin.</summary>
public sealed class Invitations(OneTimeLinks links, PublicLinks publicLinks)
{
    /// <summary>A new invitation link for the user (the link is shown once to the admin).</summary>
    public async Task<string> InviteAsync(UserRecord user, CancellationToken ct = default) =>
        Link("/password", await links.IssueAsync(TokenKinds.Invite, user.Id, ct));

    /// <summary>A link that creates the first admin.</summary>
    public async Task<string> SetupAsync(CancellationToken ct = default) => Link("/setup", await links.IssueAsync(TokenKinds.Setup, null, ct));

    private string Link(string page, string token) => $"{publicLinks.BaseUrl}{page}?token={token}";
}
