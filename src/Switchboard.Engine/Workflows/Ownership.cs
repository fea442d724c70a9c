using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// The only place that changes who owns a lead, keeping rep loads (open, per day, per week,
/// last assignment) in step with ownership.
/// </summary>
public static class Ownership
{
    public static void Assign(CompiledConfig config, RoutingState state, Lead lead, string repId, Instant now)
    {
        if (lead.OwnerId == repId && lead.Status == LeadStatus.Assigned) return;
        Release(state, lead);
        lead.OwnerId = repId;
        lead.Status = LeadStatus.Assigned;
        lead.PoolId = null;
        lead.AssignedAt = now;

        var load = state.Load(repId);
        load.Open++;
        if (config.Reps.TryGetValue(repId, out var rep))
        {
            var day = rep.Calendar.DayKey(now);
            if (load.DayKey != day) (load.DayKey, load.DayCount) = (day, 0);
            load.DayCount++;
            var week = rep.Calendar.WeekKey(now);
            if (load.WeekKey != week) (load.WeekKey, load.WeekCount) = (week, 0);
            load.WeekCount++;
        }
        load.LastAssignedAt = now;
        state.DirtyReps.Add(repId);
    }

    /// <summary>Takes the lead away from its owner (if any), freeing the owner's open count.</summary>
    public static void Release(RoutingState state, Lead lead)
    {
        if (lead.OwnerId is not { } owner) return;
        if (lead.IsOpen)
        {
            var load = state.Load(owner);
            load.Open = Math.Max(0, load.Open - 1);
            state.DirtyReps.Add(owner);
        }
        if (!lead.PreviousOwners.Contains(owner)) lead.PreviousOwners.Add(owner);
        lead.OwnerId = null;
    }

    /// <summary>Closes a lead (converted, disqualified, recycled): its owner's open count drops.</summary>
    public static void Close(RoutingState state, Lead lead, string status)
    {
        if (lead.IsOpen && lead.OwnerId is { } owner)
        {
            var load = state.Load(owner);
            load.Open = Math.Max(0, load.Open - 1);
            state.DirtyReps.Add(owner);
        }
        lead.Status = status;
    }
}
