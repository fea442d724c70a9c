using NodaTime;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class CreateTaskActionTests
{
    [Fact]
    public void create_task_due_end_of_day_is_midnight_in_the_owners_zone()
    {
        var scenario = With($$"""{{AssignSato}},{"type":"create_task","title":"Discovery call","due":"end_of_day"}""");
        var (lead, ev) = scenario.CreateEvaluated(Hanako);
        var task = Assert.Single(ev.Effects.Tasks);
        // 2026-06-10 12:00 in Tokyo: the day ends at 2026-06-11 00:00 JST = 2026-06-10 15:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 6, 10, 15, 0), task.DueAt);
        Assert.Equal(("Discovery call", "sato", lead.Id, "follow-up"), (task.Title, task.OwnerId, task.LeadId, task.WorkflowId));
    }

    [Fact]
    public void create_task_due_end_of_day_without_an_owner_is_midnight_utc()
    {
        var (_, ev) = With("""{"type":"create_task","title":"Find an owner","due":"end_of_day"}""").CreateEvaluated(Hanako);
        var task = Assert.Single(ev.Effects.Tasks);
        Assert.Equal((Instant.FromUtc(2026, 6, 11, 0, 0), null), (task.DueAt!.Value, task.OwnerId));
    }

    [Fact]
    public void create_task_due_duration_counts_from_now()
    {
        var scenario = With($$"""{{AssignSato}},{"type":"create_task","title":"Call back","due":"PT2H"}""");
        var now = scenario.Now;
        Assert.Equal(now + Duration.FromHours(2), Assert.Single(scenario.CreateEvaluated(Hanako).Evaluation.Effects.Tasks).DueAt);
    }

    [Fact]
    public void create_task_title_renders_its_placeholders()
    {
        var (_, ev) = With($$$"""{{{AssignSato}}},{"type":"create_task","title":"{{lead.company}}: 初回連絡"}""").CreateEvaluated(Hanako);
        var task = Assert.Single(ev.Effects.Tasks);
        Assert.Equal(("ACME 株式会社: 初回連絡", null), (task.Title, task.DueAt));
        Assert.Equal("task_created", Of(ev, "create_task").Outcome);
    }
}
