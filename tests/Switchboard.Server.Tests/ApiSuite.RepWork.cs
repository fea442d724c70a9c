using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;
using Switchboard.Engine.Model;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>The rep's workspace calls the services the rep endpoints call: the same rules, the same records.</summary>
public abstract partial class ApiSuite
{
    private static readonly Caller R1 = new("r1@example.com", "r1");

    [StoreFact]
    public async Task the_workspace_refuses_a_reps_change_to_its_capacity_as_the_api_does()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var availability = app.Services.GetRequiredService<RepAvailability>();

        var change = await availability.ChangeAsync("r1", R1, rep => rep with { Capacity = new Capacity { MaxOpen = 1 } });

        Assert.Equal(RepChangeKind.Forbidden, change.Kind);
        Assert.Equal(["capacity"], change.Errors.Select(e => e.Path));
        Assert.Equal(1, await app.Admin().VersionCount());
    }

    [StoreFact]
    public async Task an_out_of_office_period_a_rep_adds_in_its_workspace_is_what_the_api_reads()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var availability = app.Services.GetRequiredService<RepAvailability>();
        var period = new OutOfOffice { From = new OutOfOfficeBound(new LocalDate(2026, 12, 24)), To = new OutOfOfficeBound(new LocalDate(2026, 12, 26)) };

        var change = await availability.ChangeAsync("r1", R1, rep => rep with { OutOfOffice = [period] });

        Assert.Equal(RepChangeKind.Saved, change.Kind);
        var record = await (await (await app.ClientFor("rep", "r1")).GetAsync("/api/reps/r1")).Json();
        Assert.Equal("2026-12-24", record["outOfOffice"]![0].Str("from"));
    }

    [StoreFact]
    public async Task an_invalid_period_is_refused_naming_the_field_inside_the_reps_record()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var availability = app.Services.GetRequiredService<RepAvailability>();
        var backwards = new OutOfOffice { From = new OutOfOfficeBound(new LocalDate(2026, 12, 26)), To = new OutOfOfficeBound(new LocalDate(2026, 12, 24)) };

        var change = await availability.ChangeAsync("r1", R1, rep => rep with { OutOfOffice = [backwards] });

        Assert.Equal(RepChangeKind.Invalid, change.Kind);
        Assert.All(change.Errors, e => Assert.StartsWith("outOfOffice[0]", e.Path));
        Assert.Equal(1, await app.Admin().VersionCount());
    }

    [StoreFact]
    public async Task a_rep_sets_its_presence_in_its_workspace_and_the_api_reads_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var availability = app.Services.GetRequiredService<RepAvailability>();

        Assert.Equal(RepChangeKind.Saved, (await availability.SetStatusAsync("r1", "away", R1)).Kind);
        Assert.Equal(RepChangeKind.Forbidden, (await availability.SetStatusAsync("r2", "away", R1)).Kind);

        Assert.Equal("away", (await (await app.Admin().GetAsync("/api/reps/r1")).Json()).Str("status"));
        Assert.Equal(HttpStatusCode.OK, (await app.Admin().GetAsync("/api/reps/r2")).StatusCode);
        Assert.NotEqual("away", (await (await app.Admin().GetAsync("/api/reps/r2")).Json()).Str("status"));
    }

    [StoreFact]
    public async Task a_reps_claim_boards_are_its_shark_tank_pools_with_its_open_leads_against_the_cap()
    {
        var shark = ""","claimWindow":"PT1H","afterWindow":"round_robin","maxOpenClaims":5""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(poolExtras: shark, strategy: "shark_tank"));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"board@example.jp"}""")).Json();

        var board = Assert.Single(await app.Services.GetRequiredService<ClaimBoards>().OfRepAsync(new Caller("kim@example.kr", "kim")));

        Assert.Equal(("inbound", 5, 0), (board.Pool.Id, board.Pool.MaxOpenClaims, board.OpenLeads));
        Assert.Equal([lead.Str("id")], board.Leads.Select(l => l.Id));
    }
}
