using NodaTime;
using Switchboard.Application.Simulation;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>The piece of replay that needs no database: the state a replay starts from.</summary>
public sealed class ReplayTests
{
    [Fact]
    public void the_starting_state_counts_open_leads_and_only_the_same_days_and_weeks_assignments_in_the_reps_zone()
    {
        var config = CompiledConfig.Compile(new RoutingConfig { Reps = [new Rep { Id = "kim", Name = "Kim", TimeZone = "Asia/Seoul" }] });
        var from = Instant.FromUtc(2026, 12, 9, 15, 0); // Thursday 00:00 in Seoul
        long Ago(double hours) => (from - Duration.FromHours(hours)).ToUnixTimeTicks();
        var history = new AssignmentHistory(
            new Dictionary<string, int> { ["kim"] = 4, ["gone"] = 1 },
            [("kim", Ago(0.5)), ("kim", Ago(1)), ("kim", Ago(25)), ("kim", Ago(24 * 4)), ("gone", Ago(1))]);

        var state = ReplayStart.Of(config, from, history);

        // Wednesday 23:00 and 23:30 are the day before Thursday: no assignment yet on Thursday; Wednesday and Tuesday are this week, Sunday the week before
        var kim = state.Loads["kim"];
        Assert.Equal((4, 0, 3, from - Duration.FromHours(0.5)), (kim.Open, kim.DayCount, kim.WeekCount, kim.LastAssignedAt!.Value));
        Assert.Equal(1, state.Loads["gone"].Open);
        Assert.Empty(state.Pools);
    }
}
