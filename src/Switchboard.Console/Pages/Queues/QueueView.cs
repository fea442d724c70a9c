using Switchboard.Application.Live;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Queues;

/// <summary>
/// One view of the Queues page, chosen by <c>?view=</c> in the address (a view can be bookmarked): the three waiting
/// statuses, overdue tasks, and the outbox's dead letters. An unknown or missing view is the unassigned queue.
/// </summary>
public sealed record QueueView(string Name, string TextKey)
{
    public static readonly QueueView Unassigned = new(LeadStatus.Unassigned, "ViewUnassigned");
    public static readonly QueueView Queued = new(LeadStatus.Queued, "ViewQueued");
    public static readonly QueueView Claimable = new(LeadStatus.Claimable, "ViewClaimable");
    public static readonly QueueView Tasks = new("tasks", "ViewTasks");
    public static readonly QueueView Dead = new("dead", "ViewDead");

    public static readonly IReadOnlyList<QueueView> All = [Unassigned, Queued, Claimable, Tasks, Dead];

    public static QueueView From(string? name) => All.FirstOrDefault(view => view.Name == name) ?? Unassigned;

    public string Href => "/queues?view=" + Name;

    /// <summary>True for the views of leads waiting for an owner (a lead status).</summary>
    public bool ListsLeads => this == Unassigned || this == Queued || this == Claimable;

    /// <summary>True for the views whose leads a manager may assign in bulk.</summary>
    public bool AssignsInBulk => this == Unassigned || this == Queued;

    /// <summary>
    /// True when a live note can change what the page shows with this view open: a lead's note moves the waiting counts
    /// every view shows, the configuration names reps and pools; a task's note matters only to the tasks, a message's
    /// only to the dead letters; a rep's presence to none.
    /// </summary>
    public bool ChangesWith(LiveUpdate update) => update.Kind switch
    {
        LiveUpdateKinds.TaskCreated or LiveUpdateKinds.TaskDone => this == Tasks,
        LiveUpdateKinds.MessageDead or LiveUpdateKinds.MessageRetried => this == Dead,
        LiveUpdateKinds.RepStatus => false,
        _ => true,
    };
}
