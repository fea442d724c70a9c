using NodaTime;
using Switchboard.Engine.Model;
using static Switchboard.Storage.Tests.TestEffects;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task<string[]> TaskTitlesAsync(TaskQuery query) =>
        (await Store.ListTasksAsync(query)).Select(task => task.Title).ToArray();

    private static Instant Hours(int hours) => T0.Plus(Duration.FromHours(hours));

    [StoreFact]
    public async Task Tasks_list_by_owner_and_due_time_with_undated_tasks_last()
    {
        await CommitEffectsAsync(Of(Todo("a-2h", "rep-a", Hours(2)), Todo("a-none", "rep-a"), Todo("b-1h", "rep-b", Hours(1))));
        await CommitEffectsAsync(Of(Todo("a-1h", "rep-a", Hours(1)), Todo("a-3h", "rep-a", Hours(3))), T0.PlusTicks(1));

        Assert.Equal(["a-1h", "a-2h", "a-3h", "a-none"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-a" }));
        Assert.Equal(["a-1h", "a-2h"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-a", DueBefore = Hours(2) }));
        Assert.Equal(["b-1h", "a-1h"], await TaskTitlesAsync(new TaskQuery { DueBefore = Hours(1) }));
        Assert.Equal(["b-1h", "a-1h", "a-2h"], await TaskTitlesAsync(new TaskQuery { Limit = 3 }));
        Assert.Empty(await TaskTitlesAsync(new TaskQuery { Owner = "rep-z" }));
    }

    [StoreFact]
    public async Task Tasks_list_by_lead_however_many_other_tasks_their_owner_has()
    {
        await CommitEffectsAsync(Of([.. Enumerable.Range(0, 3).Select(i => Todo($"other-{i}", "rep-a", Hours(1)))]));
        await CommitEffectsAsync(Of(new TaskRequest("mine", "rep-a", Hours(2), "lead-2", "wf-1"), new TaskRequest("theirs", "rep-b", Hours(3), "lead-2", "wf-1")));

        Assert.Equal(["mine"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-a", LeadId = "lead-2", Limit = 1 }));
        Assert.Equal(["mine", "theirs"], await TaskTitlesAsync(new TaskQuery { LeadId = "lead-2" }));
    }

    [StoreFact]
    public async Task Completing_a_task_is_idempotent_and_keeps_the_first_time()
    {
        await CommitEffectsAsync(Of(Todo("call", "rep-a", Hours(1)), Todo("email", "rep-a", Hours(2))));
        var call = (await Store.ListTasksAsync(new TaskQuery())).Single(task => task.Title == "call");

        var done = await Store.CompleteTaskAsync(call.Id, Hours(5));
        var again = await Store.CompleteTaskAsync(call.Id, Hours(6));

        Assert.Equal(call with { DoneAt = Hours(5) }, done);
        Assert.Equal(done, again);
        Assert.Null(await Store.CompleteTaskAsync("task_unknown", Hours(6)));
    }

    [StoreFact]
    public async Task Done_tasks_are_listed_only_when_asked_for_and_never_as_due()
    {
        await CommitEffectsAsync(Of(Todo("call", "rep-a", Hours(1)), Todo("email", "rep-a", Hours(2))));
        var call = (await Store.ListTasksAsync(new TaskQuery())).Single(task => task.Title == "call");
        await Store.CompleteTaskAsync(call.Id, Hours(5));

        Assert.Equal(["email"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-a" }));
        Assert.Equal(["call", "email"], await TaskTitlesAsync(new TaskQuery { Owner = "rep-a", IncludeDone = true }));
        Assert.Equal(["email"], await TaskTitlesAsync(new TaskQuery { DueBefore = Hours(9), IncludeDone = true }));
    }
}
