using NodaTime;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class CreateTaskActionTests
{
    [Fact]
    public void create_task_due_end_of_day_without_working_hours_is_the_last_second_of_the_owners_day()
    {
        var scenario = With($$"""{{AssignSato}},{"type":"create_task","title":"Discovery call","due":"end_of_day"}""");
        var (lead, ev) = scenario.CreateEvaluated(Hanako);
        var task = Assert.Single(ev.Effects.Tasks);
        // 2026-06-10 12:00 in Tokyo: the day's last second is 23:59:59 JST = 14:59:59 UTC, still the 10th there.
        Assert.Equal(Instant.FromUtc(2026, 6, 10, 14, 59, 59), task.DueAt);
        Assert.Equal(("Discovery call", "sato", lead.Id, "follow-up"), (task.Title, task.OwnerId, task.LeadId, task.WorkflowId));
    }

    [Fact]
    public void create_task_due_end_of_day_without_an_owner_is_the_last_second_of_the_day_in_utc()
    {
        var (_, ev) = With("""{"type":"create_task","title":"Find an owner","due":"end_of_day"}""").CreateEvaluated(Hanako);
        var task = Assert.Single(ev.Effects.Tasks);
        Assert.Equal((Instant.FromUtc(2026, 6, 10, 23, 59, 59), null), (task.DueAt!.Value, task.OwnerId));
    }

    [Theory]
    // Wednesday 2026-06-10 in Tokyo (UTC+9); hours 09:00–12:00 and 13:00–18:00.
    [InlineData(3, 0, 9, 0)]     // 12:00 JST: hours end at 18:00 JST
    [InlineData(8, 30, 9, 0)]    // 17:30 JST: not passed yet, 18:00 JST
    [InlineData(9, 30, 14, 59)]  // 18:30 JST: passed, so 23:59:59 JST
    public void create_task_due_end_of_day_is_the_end_of_the_owners_working_hours_until_they_pass(
        int utcHour, int utcMinute, int dueHour, int dueMinute)
    {
        var scenario = new Workflows.Scenario("""
            {"reps":[{"id":"sato","name":"Sato","timeZone":"Asia/Tokyo",
                      "workingHours":{"wed":[["09:00","12:00"],["13:00","18:00"]]}}],
             "workflows":[{"id":"follow-up","trigger":{"type":"lead.created"},
                           "actions":[{"type":"assign","rep":"sato"},{"type":"create_task","title":"Call","due":"end_of_day"}]}]}
            """) { Now = Instant.FromUtc(2026, 6, 10, utcHour, utcMinute) };
        var due = Assert.Single(scenario.CreateEvaluated(Hanako).Evaluation.Effects.Tasks).DueAt!.Value;
        Assert.Equal((dueHour, dueMinute), (due.InUtc().Hour, due.InUtc().Minute));
        Assert.Equal(new LocalDate(2026, 6, 10), due.InZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).Date);
    }

    [Fact]
    public void create_task_due_end_of_day_on_a_day_off_is_the_last_second_of_the_day()
    {
        var scenario = new Workflows.Scenario("""
            {"reps":[{"id":"sato","name":"Sato","timeZone":"Asia/Tokyo","workingHours":{"mon":[["09:00","18:00"]]}}],
             "workflows":[{"id":"follow-up","trigger":{"type":"lead.created"},
                           "actions":[{"type":"assign","rep":"sato"},{"type":"create_task","title":"Call","due":"end_of_day"}]}]}
            """);
        Assert.Equal(Instant.FromUtc(2026, 6, 10, 14, 59, 59), Assert.Single(scenario.CreateEvaluated(Hanako).Evaluation.Effects.Tasks).DueAt);
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
