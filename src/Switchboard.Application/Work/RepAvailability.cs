using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Work;

/// <summary>
/// A rep's availability, for the API and the rep's workspace alike: its live presence (online, away, offline), stored
/// beside the configuration and overlaid on the record's status, and its out-of-office periods and working hours,
/// which are configuration changed under <see cref="RepSelfService"/>'s rule when the caller is the rep itself.
/// </summary>
public sealed class RepAvailability(ConfigService configs, ISwitchboardStore store, LiveUpdates live, LeadService leads, IClock clock)
{
    public static readonly string[] Statuses = ["online", "away", "offline"];

    /// <summary>The rep's record with its live presence as its status; null when the configuration lacks it.</summary>
    public async Task<Rep?> RecordAsync(string repId) =>
        await ConfiguredAsync(repId) is { } rep ? WithPresence(rep, await store.GetRepLoadsAsync()) : null;

    /// <summary>The record with the rep's live presence, when it has one, as its status.</summary>
    public static Rep WithPresence(Rep rep, IReadOnlyDictionary<string, RepLoad> loads) =>
        loads.TryGetValue(rep.Id, out var load) && load.Status is { } status ? rep with { Status = status } : rep;

    /// <summary>Sets the rep's presence; a caller bound to a rep may set only its own.</summary>
    public async Task<RepChange> SetStatusAsync(string repId, string? status, Caller caller)
    {
        if (Refused(repId, caller) is { } refused) return refused;
        if (status is null || !Statuses.Contains(status)) return RepChange.Invalid([new("status", $"must be one of {string.Join(", ", Statuses)}")]);
        if (await ConfiguredAsync(repId) is not { } rep) return RepChange.NotFound(repId);
        await ShareStatusAsync(repId, status);
        return RepChange.Saved(rep with { Status = status });
    }

    /// <summary>Why the caller may not change the rep's availability (a rep changes only its own); null when it may.</summary>
    public static RepChange? Refused(string repId, Caller caller) =>
        caller.MayActOn(repId) ? null : RepChange.Forbidden(["$"], "a rep key may change only its own status");

    /// <summary>Stores the presence, tells open consoles, and gives queued leads of the rep's pools a new chance.</summary>
    public async Task ShareStatusAsync(string repId, string status)
    {
        await store.SetRepStatusAsync(repId, status);
        await live.ShareAsync([new LiveUpdate(LiveUpdateKinds.RepStatus) { At = clock.GetCurrentInstant(), ItemId = repId, Status = status }]);
        // A rep coming online may be the member a queue has been waiting for.
        await leads.DrainQueuesAsync(repId);
    }

    /// <summary>
    /// Changes the rep's record (its out of office, working hours) as a new configuration version; a caller bound to a
    /// rep may change only its own record and only <see cref="RepSelfService.Fields"/>. Errors name paths inside the record.
    /// </summary>
    public async Task<RepChange> ChangeAsync(string repId, Caller caller, Func<Rep, Rep> change)
    {
        if (!caller.MayActOn(repId)) return RepChange.Forbidden(["$"], "a rep key may change only its own reps record");
        RepChange? refused = null;
        var index = -1;
        var saved = await configs.ChangeAsync(new ConfigEdit(caller.Actor, $"availability of rep {repId}"), config =>
        {
            index = config.Reps.FindIndex(r => r.Id == repId);
            if (index < 0)
            {
                refused = RepChange.NotFound(repId);
                return null;
            }
            var next = change(config.Reps[index]) with { Id = repId };
            if (caller.RepId is not null && RepSelfService.RefusedChanges(config.Reps[index], next, RepSelfService.Fields) is { Count: > 0 } fields)
            {
                refused = RepChange.Forbidden(fields, RepSelfService.Refusal(RepSelfService.Fields));
                return null;
            }
            return config with { Reps = [.. config.Reps[..index], next, .. config.Reps[(index + 1)..]] };
        }, config => config.Reps.FirstOrDefault(r => r.Id == repId));
        if (refused is not null) return refused;
        if (!saved.Ok) return RepChange.Invalid([.. saved.ErrorsInside($"reps[{index}]")]);
        return await RecordAsync(repId) is { } rep ? RepChange.Saved(rep) : RepChange.NotFound(repId);
    }

    private async Task<Rep?> ConfiguredAsync(string repId) => (await configs.CurrentAsync()).Source.Reps.FirstOrDefault(r => r.Id == repId);
}
