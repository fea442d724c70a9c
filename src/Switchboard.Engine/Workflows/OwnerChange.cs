using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// What follows a lead to a new owner, whatever moved it (a workflow's assign, reject, SLA breach, manual
/// assignment, claim, claim window, queue wake-up): its open tasks (a <see cref="TaskHandover"/>, and the tasks this
/// step made), and an email to the new owner unless they took the lead themselves (a claim). Recorded as one
/// "handover" decision. A new lead's first owner is no change: only tasks this step made before the assignment move.
/// </summary>
internal static class OwnerChange
{
    public const string Action = "handover";

    public static Evaluation Follow(string? ownerBefore, Evaluation ev, bool firstRouting = false, bool tookItThemselves = false)
    {
        var lead = ev.Lead;
        var owner = lead.OwnerId;
        if (owner == ownerBefore) return ev;
        var movedHere = MoveStepTasks(ev);
        if (firstRouting)
        {
            if (!movedHere) return ev;
        }
        else ev.Effects.TaskHandovers.Add(new TaskHandover(lead.Id, owner));
        var emailed = !firstRouting && !tookItThemselves && Notify(ev, ownerBefore);
        ev.Decisions.Add(ev.NewDecision(null, Action, Outcomes.HandedOver,
            $"the lead moved from {ownerBefore ?? "nobody"} to {owner ?? "nobody"}; its open tasks go with it"
            + (emailed ? $"; {owner} emailed" : "")) with { ChosenRepId = owner });
        return ev;
    }

    /// <summary>Tasks this step made for the lead get its owner now; true when any changed.</summary>
    private static bool MoveStepTasks(Evaluation ev)
    {
        if (!ev.Effects.HasTasks) return false;
        var tasks = ev.Effects.Tasks;
        var moved = false;
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].LeadId != ev.Lead.Id || tasks[i].OwnerId == ev.Lead.OwnerId) continue;
            tasks[i] = tasks[i] with { OwnerId = ev.Lead.OwnerId };
            moved = true;
        }
        return moved;
    }

    private static bool Notify(Evaluation ev, string? ownerBefore)
    {
        var lead = ev.Lead;
        if (Recipients.Rep(ev.Config, lead.OwnerId) is not { Email: { Length: > 0 } email } owner) return false;
        var text = $"This lead is now yours{(ownerBefore is null ? "" : $" (it was {ownerBefore}'s)")}.\n\n" + LeadSummary.Text(lead, owner, ev.Config.PublicUrl);
        ev.Effects.Messages.Add(OutgoingMessages.Email([email], $"Lead handed to you: {LeadText.DisplayName(lead)}", text, lead.Id));
        return true;
    }
}
