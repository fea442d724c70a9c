using Switchboard.Application.Live;
using Switchboard.Engine.Model;

namespace Switchboard.Application.Routing;

// What the group changed, as live update notes: the leads as read are remembered, so a note can say whose lead it was.
public sealed partial class RoutingGroup
{
    private readonly Dictionary<string, LeadMark> _before = new(StringComparer.Ordinal);

    /// <summary>Remembers a stored lead as read, before any command changes it; returns its id.</summary>
    private string RememberBefore(Lead lead)
    {
        _before[lead.Id] = new LeadMark(lead.OwnerId, lead.PoolId);
        return lead.Id;
    }

    /// <summary>One note per lead made or changed, and per task made, by this group (published once it commits).</summary>
    public IReadOnlyList<LiveUpdate> LiveUpdates()
    {
        var updates = new List<LiveUpdate>(_inserted.Count + _updated.Count);
        foreach (var lead in _inserted.Values) updates.Add(Note(LiveUpdateKinds.LeadCreated, lead, default));
        foreach (var lead in _updated.Values)
        {
            var before = _before.GetValueOrDefault(lead.Id);
            updates.Add(Note(before.OwnerId == lead.OwnerId ? LiveUpdateKinds.LeadChanged : LiveUpdateKinds.LeadAssigned, lead, before));
        }
        if (_effects.HasTasks)
            foreach (var task in _effects.Tasks)
                updates.Add(new LiveUpdate(LiveUpdateKinds.TaskCreated) { At = now, LeadId = task.LeadId, OwnerId = task.OwnerId });
        return updates;
    }

    private LiveUpdate Note(string kind, Lead lead, LeadMark before) => new(kind)
    {
        At = now,
        LeadId = lead.Id,
        OwnerId = lead.OwnerId,
        PreviousOwnerId = before.OwnerId == lead.OwnerId ? null : before.OwnerId,
        Status = lead.Status,
        Stage = lead.Stage,
        PoolId = lead.PoolId ?? before.PoolId,
    };

    private readonly record struct LeadMark(string? OwnerId, string? PoolId);
}
