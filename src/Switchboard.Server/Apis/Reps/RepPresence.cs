using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Application.Work;

namespace Switchboard.Server.Apis.Reps;

/// <summary>
/// A rep's presence (online, away, offline) is live state, overlaid on the record's configured status: a rep record
/// written with a status sets it as <c>PUT /api/reps/{id}/status</c> does (<see cref="RepAvailability"/>).
/// </summary>
public static class RepPresence
{
    /// <summary>A PUT writes the whole record, status included; a PATCH sets presence only when it names a status.</summary>
    public static Task FromRecordAsync(IServiceProvider services, string repId, Rep written, JsonObject? patch) =>
        patch is null || patch.ContainsKey("status")
            ? services.GetRequiredService<RepAvailability>().ShareStatusAsync(repId, written.Status)
            : Task.CompletedTask;
}
