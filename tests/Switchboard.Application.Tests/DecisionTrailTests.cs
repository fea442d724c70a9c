using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Routing;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Tests;

/// <summary>A lead's decisions explained from the configuration version each one recorded.</summary>
public sealed class DecisionTrailTests : TempStore
{
    private static readonly Instant At = Instant.FromUtc(2026, 12, 24, 3, 0); // 12:00 in Tokyo and Seoul

    private static RoutingConfig Hokkaido(string satoName) => new()
    {
        Reps =
        [
            new Rep { Id = "sato", Name = satoName, TimeZone = "Asia/Tokyo" },
            new Rep { Id = "kim", Name = "김민지", TimeZone = "Asia/Seoul",
                OutOfOffice = [new OutOfOffice { From = new OutOfOfficeBound(new LocalDate(2026, 12, 24)), To = new OutOfOfficeBound(new LocalDate(2026, 12, 27)) }] },
        ],
        Pools = [new Pool { Id = "north", Members = [new PoolMember { RepId = "sato" }, new PoolMember { RepId = "kim" }] }],
        Workflows =
        [
            new Workflow
            {
                Id = "wf-hokkaido", Name = "Hokkaido territory", Priority = 10,
                Conditions = JsonSerializer.Deserialize<Condition>("""{"field":"fields.都道府県","op":"contains","value":"北海道"}""", EngineJson.Options),
            },
        ],
    };

    private async Task<int> SaveAsync(RoutingConfig config) =>
        (await Store.SaveConfigAsync(new ConfigDraft(JsonSerializer.Serialize(config, EngineJson.Options), "test", At)))!.Value;

    private async Task StoreLeadAsync(string ownerId, int version)
    {
        var lead = new Lead { Id = "ld_1", OwnerId = ownerId, Data = new JsonObject { ["fields"] = new JsonObject { ["都道府県"] = "北海道札幌市" } }, CreatedAt = At };
        var decision = new Decision
        {
            At = At, Trigger = Triggers.LeadCreated, WorkflowId = "wf-hokkaido", Action = "assign", PoolId = "north", Strategy = "round_robin",
            ConfigVersion = version, ChosenRepId = "sato", Outcome = Outcomes.Assigned, Why = "round robin",
            Candidates = [new Candidate("sato", true, null), new Candidate("kim", false, "out_of_office")],
        };
        await using var tx = await Store.BeginRoutingAsync();
        await tx.InsertLeadsAsync([new NewLead(lead, null)]);
        await tx.AppendDecisionsAsync([new LeadDecisions("ld_1", [decision])]);
        await tx.CommitAsync();
    }

    [Fact]
    public async Task a_decision_is_explained_with_its_workflow_rule_and_each_candidates_reason()
    {
        var version = await SaveAsync(Hokkaido("佐藤"));
        await StoreLeadAsync("sato", version);

        var trail = await new DecisionTrail(Store).OfAsync("ld_1", Caller.System);

        var explained = Assert.Single(trail!);
        Assert.Equal(("佐藤", "Hokkaido territory", 10), (explained.ChosenRepName, explained.WorkflowName, explained.WorkflowPriority));
        Assert.True(explained.Rule!.Matched);
        var kim = explained.Candidates[1];
        Assert.Equal(("김민지", "out_of_office"), (kim.RepName, kim.Detail!.Code));
        Assert.Equal(Instant.FromUtc(2026, 12, 27, 15, 0), kim.Detail.Until);
        Assert.Null(explained.Candidates[0].Detail);
    }

    [Fact]
    public async Task names_come_from_the_version_the_decision_recorded_not_the_newest()
    {
        var version = await SaveAsync(Hokkaido("佐藤"));
        await StoreLeadAsync("sato", version);
        await SaveAsync(Hokkaido("佐藤 花子"));

        var trail = await new DecisionTrail(Store).OfAsync("ld_1", Caller.System);

        Assert.Equal("佐藤", Assert.Single(trail!).ChosenRepName);
    }

    [Fact]
    public async Task a_rep_caller_gets_nothing_for_a_lead_it_does_not_own()
    {
        await StoreLeadAsync("sato", await SaveAsync(Hokkaido("佐藤")));

        Assert.Null(await new DecisionTrail(Store).OfAsync("ld_1", new Caller("kim@example.kr", "kim")));
        Assert.NotNull(await new DecisionTrail(Store).OfAsync("ld_1", new Caller("sato@example.jp", "sato")));
    }
}
