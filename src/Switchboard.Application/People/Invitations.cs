using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>
/// The one-time links people get: an invitation or a reset sets a password (emailed through the outbox when SMTP is
/// configured), the setup link makes the first admin.
/// </summary>
public sealed class Invitations(ISwitchboardStore store, OneTimeLinks links, PublicLinks publicLinks, SwitchboardOptions options)
{
    private const string PasswordPage = "/password";

    /// <summary>A new invitation link for the user, shown once to the admin.</summary>
    public Task<string> InviteAsync(UserRecord user, CancellationToken ct = default) => SendAsync(TokenKinds.Invite, user, ct);

    /// <summary>Emails a reset link to whoever has this email; nothing happens (and nothing tells) when nobody does or SMTP is not configured.</summary>
    public async Task ResetAsync(string email, CancellationToken ct = default)
    {
        if (options.SmtpConfigured && await store.FindUserByEmailAsync(email.Trim(), ct) is { } user) await SendAsync(TokenKinds.Reset, user, ct);
    }

    /// <summary>A setup token, which creates the first admin: its link (<see cref="SetupLink"/>) is known once the server listens.</summary>
    public Task<string> SetupTokenAsync(CancellationToken ct = default) => links.IssueAsync(TokenKinds.Setup, null, ct: ct);

    public string SetupLink(string token) => Link("/setup", token);

    private async Task<string> SendAsync(string kind, UserRecord user, CancellationToken ct)
    {
        var token = await links.IssueAsync(kind, user.Id, secret => options.SmtpConfigured ? LinkEmails.For(kind, user, Link(PasswordPage, secret)) : null, ct);
        return Link(PasswordPage, token);
    }

    private string Link(string page, string token) => $"{publicLinks.BaseUrl}{page}?token={token}";
}
