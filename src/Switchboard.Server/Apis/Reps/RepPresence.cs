using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Application;
using Switchboard.Application.Live;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Reps;

/// <summary>
/// A rep's presence (online, away, offline) is live state, overlaid on the record's configured status. Setting it
/// (<c>PUT /api/reps/{id}/status</c>, or a rep record written with a status) stores it and gives queued leads of the
/// rep's pools a new chance.
/// </summary>
public static class RepPresence
{
    public static async Task SetAsync(IServiceProvider services, string repId, string status)
    {
        await services.GetRequiredService<ISwitchboardStore>().SetRepStatusAsync(repId, status);
        var at = services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant();
        await services.GetRequiredService<LiveUpdates>().ShareAsync([new LiveUpdate(LiveUpdateKinds.RepStatus) { At = at, ItemId = repId, Status = status }]);
        // A rep coming online may be the member a queue has been waiting for.
        await services.GetRequiredService<LeadService>().DrainQueuesAsync(repId);
    }

    /// <summary>A PUT writes the whole record, status included; a PATCH sets presence only when it names a status.</summary>
    public static Task FromRecordAsync(IServiceProvider services, string repId, Rep written, JsonObject? patch) =>
        patch is null || patch.ContainsKey("status") ? SetAsync(services, repId, written.Status) : Task.CompletedTask;
}
