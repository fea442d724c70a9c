using Switchboard.Application.People;
using Switchboard.Engine.Model;
using Switchboard.Server.Demo;
using Switchboard.Storage;

namespace Switchboard.Server.Hosting;

/// <summary>
/// People at start: while no admin user exists, a one-time setup link (24 hours) that makes the first admin, printed
/// once the server listens (so the link has its address); with the demo organisation, its users.
/// </summary>
public sealed class FirstPeople(ISwitchboardStore store, UserService users, Invitations invitations, IHostApplicationLifetime lifetime, StartupNotices notices)
{
    public async Task OfferSetupLinkAsync(CancellationToken ct)
    {
        if ((await store.ListUsersAsync(ct)).Any(user => user.Role == UserRoles.Admin)) return;
        var token = await invitations.SetupTokenAsync(ct);
        lifetime.ApplicationStarted.Register(() => notices.Out.WriteLine(
            $"Switchboard setup link (creates the first admin account; works once, for 24 hours): {invitations.SetupLink(token)}"));
    }

    /// <summary>Creates the demo users (one another server process made already stay as they are) and prints how to sign in as them.</summary>
    public async Task SeedDemoUsersAsync(RoutingConfig demo, CancellationToken ct)
    {
        var drafts = DemoPeople.From(demo).ToList();
        // One hash for all: the password is published anyway, and hashing is deliberately slow.
        var hash = Passwords.Hash(new UserRecord(), DemoPeople.Password);
        foreach (var draft in drafts) await users.CreateAsync(draft, hash, ct);
        var who = string.Join(", ", drafts.Select(d => $"{d.Email} ({(d.RepId is null ? d.Role : d.RepId)})"));
        notices.Out.WriteLine($"Switchboard demo users, password '{DemoPeople.Password}': {who}");
    }
}
