using Switchboard.Engine.Model;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    [StoreFact]
    public async Task A_task_handover_moves_the_leads_open_tasks_and_leaves_done_ones_and_other_leads_alone()
    {
        await CommitEffectsAsync(Of(Todo("call", "rep-a"), Todo("unowned", null), Todo("done", "rep-a"),
            new TaskRequest("other lead", "rep-a", null, "lead-2", "wf-1")));
        var done = (await Store.ListTasksAsync(new TaskQuery())).Single(task => task.Title == "done");
        await Store.CompleteTaskAsync(done.Id, Hours(1));

        await CommitEffectsAsync(Of(new TaskHandover("lead-1", "rep-b")), Hours(2));

        Assert.Equal(["call", "unowned"], (await TaskTitlesAsync(new TaskQuery { Owner = "rep-b" })).Order());
        Assert.Equal(["done", "other lead"], (await TaskTitlesAsync(new TaskQuery { Owner = "rep-a", IncludeDone = true })).Order());
    }

    [StoreFact]
    public async Task Tasks_made_in_the_same_step_as_a_handover_follow_it_too()
    {
        await CommitEffectsAsync(Of(Todo("new", null), new TaskHandover("lead-1", "rep-b")));
        Assert.Equal(["new"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-b" }));
    }
}
