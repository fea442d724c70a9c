using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;

namespace Switchboard.Engine.Tests.Strategies;

/// <summary>A compiled pool hands out the same candidate list while every member's reason stays the same.</summary>
public sealed class CandidateListTests
{
    private const string Config = """
        {"reps":[{"id":"a","name":"a","capacity":{"maxOpen":1}},{"id":"b","name":"b"}],
         "pools":[{"id":"p","members":[{"repId":"a"},{"repId":"b"}]}],
         "workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"p"}]}]}
        """;

    [Fact]
    public void candidate_list_changes_with_a_members_eligibility_and_earlier_decisions_keep_theirs()
    {
        var scenario = new Scenario(Config);
        var first = Assert.Single(scenario.Create("{}").Decisions);
        var second = Assert.Single(scenario.Create("{}").Decisions);
        Assert.Equal([new Candidate("a", true, null), new Candidate("b", true, null)], first.Candidates);
        Assert.Equal([new Candidate("a", false, EligibilityReasons.CapOpen), new Candidate("b", true, null)], second.Candidates);
    }

    [Fact]
    public void decisions_with_the_same_reasons_share_one_candidate_list()
    {
        var scenario = new Scenario(Config);
        scenario.Create("{}");
        var second = Assert.Single(scenario.Create("{}").Decisions);
        var third = Assert.Single(scenario.Create("{}").Decisions);
        Assert.Same(second.Candidates, third.Candidates);
    }
}
