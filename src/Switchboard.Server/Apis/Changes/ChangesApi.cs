using System.Security.Claims;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Server.Auth;

namespace Switchboard.Server.Apis.Changes;

/// <summary>
/// Live updates for integrators: <c>GET /api/changes</c> streams the notes the caller may see (a rep: its own leads,
/// its pools' claim boards, its tasks) as Server-Sent Events, whichever server process made the change.
/// </summary>
public static class ChangesApi
{
    public const string HeartbeatSetting = "Switchboard:Live:Heartbeat";
    private static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/changes", Stream).WithTags("Changes").RequireAuthorization(Policies.Read)
            .WithSummary("Live updates as Server-Sent Events")
            .WithDescription(
                "A text/event-stream of compact notes, one event per change, named by its kind (" + string.Join(", ", LiveUpdateKinds.All) +
                "); the data is the note as JSON and the id its sequence number in this server process. Read the details through " +
                "the usual endpoints. A comment line is sent every 15 s while nothing happens. \"resync\" means notes were lost " +
                "(a reader too slow, a reconnect, a lost connection between server processes): read again what you show. A " +
                "reconnect with Last-Event-ID starts with resync, since notes are not replayed. Works with a key or a signed-in session.");
        return app;
    }

    public static ChangeStream Stream(ClaimsPrincipal user, HttpRequest request, LiveUpdates live, ChangeStreamSettings settings, IClock clock) =>
        new(live.Subscribe(LiveFilters.For(user.Caller())), settings.Heartbeat,
            request.Headers.ContainsKey("Last-Event-ID") ? LiveUpdate.Resync(clock.GetCurrentInstant()) : null);

    /// <summary>The heartbeat interval: <see cref="HeartbeatSetting"/> (a TimeSpan such as 00:00:15), 15 s by default.</summary>
    public static ChangeStreamSettings Settings(IConfiguration configuration) =>
        new(TimeSpan.TryParse(configuration[HeartbeatSetting], System.Globalization.CultureInfo.InvariantCulture, out var heartbeat) && heartbeat > TimeSpan.Zero
            ? heartbeat
            : DefaultHeartbeat);
}

public sealed record ChangeStreamSettings(TimeSpan Heartbeat);
