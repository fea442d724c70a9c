using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private async Task InsertAsync(params Lead[] leads)
    {
        await using var tx = await Store.BeginRoutingAsync();
        foreach (var lead in leads) await tx.InsertLeadsAsync([new NewLead(lead, null)]);
        await tx.CommitAsync();
    }

    [StoreFact]
    public async Task A_lead_round_trips_every_value_exactly()
    {
        var lead = TestLeads.Multilingual("lead-1");
        await InsertAsync(lead);

        TestLeads.AssertSame(lead, await Store.GetLeadAsync("lead-1"));
        await using var tx = await Store.BeginRoutingAsync();
        TestLeads.AssertSame(lead, await tx.GetLeadAsync("lead-1"));
        Assert.Equal("김민지", (await tx.GetLeadAsync("lead-1"))!.Data["fields"]!["담당자"]!.GetValue<string>());
        Assert.Equal("3ヶ月以内", (await tx.GetLeadAsync("lead-1"))!.Data["fields"]!["導入検討時期"]!.GetValue<string>());
    }

    [StoreFact]
    public async Task The_form_a_lead_came_through_is_kept_and_an_update_never_changes_it()
    {
        var lead = TestLeads.Multilingual("lead-1");
        lead.FormId = "contact";
        await InsertAsync(lead);
        await using (var tx = await Store.BeginRoutingAsync())
        {
            lead.FormId = "other";
            lead.Stage = "Qualified";
            await tx.UpdateLeadsAsync([lead]);
            await tx.CommitAsync();
        }

        var stored = await Store.GetLeadAsync("lead-1");
        Assert.Equal(("contact", "Qualified"), (stored!.FormId, stored.Stage));
        Assert.Equal("contact", Assert.Single(await Store.ListLeadsAfterAsync(0, 10)).Lead.FormId);
        Assert.Equal("contact", Assert.Single((await Store.ListReplayLeadsAsync(lead.CreatedAt, lead.CreatedAt + NodaTime.Duration.FromSeconds(1), null, null, 10)).Leads).FormId);
    }

    [StoreFact]
    public async Task A_missing_lead_reads_as_null()
    {
        Assert.Null(await Store.GetLeadAsync("nope"));
        await using var tx = await Store.BeginRoutingAsync();
        Assert.Null(await tx.GetLeadAsync("nope"));
    }

    [StoreFact]
    public async Task An_updated_lead_reads_back_with_its_changes()
    {
        var lead = TestLeads.Multilingual("lead-1");
        await InsertAsync(lead);

        await using (var tx = await Store.BeginRoutingAsync())
        {
            var loaded = (await tx.GetLeadAsync("lead-1"))!;
            loaded.OwnerId = "rep-hans";
            loaded.Status = LeadStatus.Converted;
            loaded.Stage = "SQL";
            loaded.Score = -3;
            loaded.Grade = null;
            loaded.PoolId = null;
            loaded.AssignedAt = null;
            loaded.UpdatedAt = loaded.UpdatedAt.PlusTicks(7);
            loaded.PreviousOwners.Add("rep-minji");
            loaded.Data["fields"]!["導入検討時期"] = "半年以内";
            loaded.Data["company"] = "Bäckerei Größe AG";
            await tx.UpdateLeadsAsync([loaded]);
            await tx.CommitAsync();
            lead = loaded;
        }

        TestLeads.AssertSame(lead, await Store.GetLeadAsync("lead-1"));
    }

    [StoreFact]
    public async Task Decisions_come_back_in_the_order_they_were_appended()
    {
        await InsertAsync(TestLeads.Simple("lead-1"), TestLeads.Simple("lead-2"));
        var first = Enumerable.Range(0, 3).Select(i => Decision(i)).ToList();
        var second = Enumerable.Range(3, 250).Select(i => Decision(i)).ToList(); // more than one multi-row statement
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AppendDecisionsAsync([new LeadDecisions("lead-1", first)]);
            await tx.AppendDecisionsAsync([new LeadDecisions("lead-2", [Decision(999)])]);
            await tx.AppendDecisionsAsync([new LeadDecisions("lead-1", second)]);
            await tx.CommitAsync();
        }

        var stored = await Store.GetDecisionsAsync("lead-1");

        Assert.Equal(first.Concat(second).Select(Json), stored.Select(Json));
        Assert.Single(await Store.GetDecisionsAsync("lead-2"));
        Assert.Empty(await Store.GetDecisionsAsync("lead-3"));
    }

    private static Decision Decision(int i) => new()
    {
        At = TestLeads.T0.PlusTicks(i),
        Trigger = "lead.created",
        WorkflowId = i % 2 == 0 ? "wf-北海道" : null,
        Action = "assign",
        PoolId = "pool-apac",
        Strategy = "round_robin",
        ConfigVersion = 3,
        ChosenRepId = $"rep-{i}",
        Outcome = "assigned",
        Why = $"#{i}: region contains 北海道 → Müller 🚀",
        Candidates = [new Candidate($"rep-{i}", true, null), new Candidate("rep-x", false, "at capacity (perDay 5)")],
    };

    private static string Json(Decision decision) => JsonSerializer.Serialize(decision, EngineJson.Options);

    [StoreFact]
    public async Task Lead_data_is_stored_as_the_engine_json_writes_it()
    {
        var lead = TestLeads.Multilingual("lead-1");
        await InsertAsync(lead);
        var read = await Store.GetLeadAsync("lead-1");
        Assert.Equal(lead.Data.ToJsonString(EngineJson.Options), read!.Data.ToJsonString(EngineJson.Options));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TestLeads.MultilingualData), read.Data));
    }
}
