using Switchboard.Application.Live;
using Switchboard.Web.Pages.Queues;

namespace Switchboard.Web.Tests;

public sealed class QueuesViewTests
{
    [Theory]
    [InlineData("unassigned")]
    [InlineData("queued")]
    [InlineData("claimable")]
    [InlineData("tasks")]
    [InlineData("dead")]
    public void the_view_in_the_address_is_the_view_shown_and_links_back_to_itself(string name)
    {
        var view = QueueView.From(name);

        Assert.Equal(name, view.Name);
        Assert.Equal($"/queues?view={name}", view.Href);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Queued")]
    [InlineData("assigned")]
    public void a_missing_or_unknown_view_shows_the_unassigned_queue(string? name)
    {
        Assert.Same(QueueView.Unassigned, QueueView.From(name));
    }

    [Fact]
    public void only_unassigned_and_queued_leads_are_assigned_in_bulk()
    {
        Assert.Equal(["unassigned", "queued"], QueueView.All.Where(view => view.AssignsInBulk).Select(view => view.Name));
        Assert.Equal(["unassigned", "queued", "claimable"], QueueView.All.Where(view => view.ListsLeads).Select(view => view.Name));
    }

    [Theory]
    [InlineData(LiveUpdateKinds.LeadCreated, "unassigned queued claimable tasks dead")]
    [InlineData(LiveUpdateKinds.LeadAssigned, "unassigned queued claimable tasks dead")]
    [InlineData(LiveUpdateKinds.LeadChanged, "unassigned queued claimable tasks dead")]
    [InlineData(LiveUpdateKinds.ConfigChanged, "unassigned queued claimable tasks dead")]
    [InlineData(LiveUpdateKinds.Resync, "unassigned queued claimable tasks dead")]
    [InlineData(LiveUpdateKinds.TaskCreated, "tasks")]
    [InlineData(LiveUpdateKinds.TaskDone, "tasks")]
    [InlineData(LiveUpdateKinds.MessageDead, "dead")]
    [InlineData(LiveUpdateKinds.MessageRetried, "dead")]
    [InlineData(LiveUpdateKinds.RepStatus, "")]
    public void a_view_is_read_again_only_for_the_notes_that_change_what_it_shows(string kind, string views)
    {
        Assert.Equal(views, string.Join(" ", QueueView.All.Where(view => view.ChangesWith(new LiveUpdate(kind))).Select(view => view.Name)));
    }
}
