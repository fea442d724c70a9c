using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Switchboard.Application.Live;
using Switchboard.Application.Routing;
using Switchboard.Engine.Intake;
using Switchboard.Server.Tests.Sinks;
using Switchboard.Storage;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

// Live updates: published once committed, never for a group that rolled back, and streamed as Server-Sent Events.
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_lead_is_already_stored_when_its_note_is_published()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var store = app.Services.GetRequiredService<ISwitchboardStore>();
        var storedWhenPublished = new List<bool>();
        using var subscription = app.Services.GetRequiredService<LiveUpdates>().Subscribe((update, _) =>
        {
            if (update.LeadId is { } id) storedWhenPublished.Add(store.GetLeadAsync(id).GetAwaiter().GetResult() is not null);
            return update;
        });

        await app.Admin().PostJson("/api/leads", """{"email":"committed@example.jp"}""");

        Assert.Equal([true], storedWhenPublished);
    }

    [StoreFact]
    public async Task a_routing_group_that_rolls_back_publishes_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var writer = app.Services.GetRequiredService<RoutingWriter>();
        using var subscription = app.Services.GetRequiredService<LiveUpdates>().Subscribe(LiveFilters.Everything);
        Submission Submission(string email) => new(new JsonObject { ["email"] = email }, null, null);

        await writer.SubmitAsync(new CreateLeadCommand("ld_twice", Submission("first@example.jp")));
        Assert.True(subscription.TryRead(out var created));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => writer.SubmitAsync(new CreateLeadCommand("ld_twice", Submission("second@example.jp"))));

        Assert.Equal("ld_twice", created.LeadId);
        Assert.False(subscription.TryRead(out _));
    }

    [StoreFact]
    public async Task the_change_stream_sends_a_typed_event_when_a_lead_is_created()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        await using var stream = await ChangeStreamClient.OpenAsync(app.Admin());

        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"live@example.jp"}""")).Json();
        var created = await stream.NextEventAsync(LiveUpdateKinds.LeadCreated, lead.Str("id"));

        Assert.Equal("text/event-stream", stream.ContentType);
        Assert.Equal("r1", created.Data.Str("ownerId"));
        Assert.Equal("assigned", created.Data.Str("status"));
        Assert.True(long.Parse(created.Id!) > 0);
    }

    [StoreFact]
    public async Task a_rep_change_stream_carries_its_own_leads_and_nothing_of_other_reps()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        await using var stream = await ChangeStreamClient.OpenAsync(await app.ClientFor("rep", "sato"));

        var first = await (await app.Admin().PostJson("/api/leads", """{"email":"one@example.jp","region":"北海道"}""")).Json();
        await app.Admin().PostJson("/api/leads", """{"email":"two@example.jp"}""");
        var second = await (await app.Admin().PostJson("/api/leads", """{"email":"three@example.jp","region":"北海道"}""")).Json();

        Assert.Equal(first.Str("id"), (await stream.NextAsync(item => item.Kind is not null)).Data.Str("leadId"));
        Assert.Equal(second.Str("id"), (await stream.NextAsync(item => item.Kind is not null)).Data.Str("leadId"));
    }

    [StoreFact]
    public async Task an_idle_change_stream_sends_heartbeat_comments()
    {
        await using var app = await StartAsync(settings: new Dictionary<string, string> { [Server.Apis.Changes.ChangesApi.HeartbeatSetting] = "00:00:00.2" });
        await using var stream = await ChangeStreamClient.OpenAsync(app.Admin());

        await stream.NextAsync(item => item.Comment == "heartbeat");
        await stream.NextAsync(item => item.Comment == "heartbeat");
    }

    [StoreFact]
    public async Task a_change_stream_opened_again_after_a_loss_starts_with_resync()
    {
        await using var app = await StartAsync();
        await using var stream = await ChangeStreamClient.OpenAsync(app.Admin(), lastEventId: "41");

        Assert.Equal(LiveUpdateKinds.Resync, (await stream.NextAsync(item => item.Kind is not null)).Kind);
    }

    [StoreFact]
    public async Task the_change_stream_is_for_admins_managers_and_reps()
    {
        await using var app = await StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor("intake")).GetAsync("/api/changes")).StatusCode);
    }

    [StoreFact]
    public async Task a_saved_configuration_is_published_with_its_version()
    {
        await using var app = await StartAsync();
        await using var stream = await ChangeStreamClient.OpenAsync(await app.ClientFor("manager"));

        await app.Admin().PutJson("/api/config", TestConfigs.SevenRoundRobin);

        Assert.Equal("1", (await stream.NextEventAsync(LiveUpdateKinds.ConfigChanged)).Data.Str("itemId"));
    }

    [StoreFact]
    public async Task a_task_made_by_a_workflow_and_marked_done_is_published_to_its_owner()
    {
        var task = """,{"type":"create_task","title":"Discovery call","due":"end_of_day"}""";
        await using var app = await StartAsync(FollowUpConfigs.Inbound(task));
        var kim = await app.ClientFor("rep", "kim");
        await using var stream = await ChangeStreamClient.OpenAsync(kim);

        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"task@example.jp"}""")).Json();
        Assert.Equal("kim", (await stream.NextEventAsync(LiveUpdateKinds.TaskCreated, lead.Str("id"))).Data.Str("ownerId"));
        var taskId = (await (await kim.GetAsync("/api/tasks")).Json())["items"]![0].Str("id");
        Assert.Equal(HttpStatusCode.OK, (await kim.PostAsync($"/api/tasks/{taskId}/done", null)).StatusCode);

        Assert.Equal(taskId, (await stream.NextEventAsync(LiveUpdateKinds.TaskDone, lead.Str("id"))).Data.Str("itemId"));
    }

    [StoreFact]
    public async Task a_message_that_gives_up_is_published_as_a_dead_letter_and_its_retry_too()
    {
        await using var sink = HttpSink.Start();
        await using var app = await StartGivingUpAsync(sink);
        await using var stream = await ChangeStreamClient.OpenAsync(await app.ClientFor("manager"));
        var lead = await (await app.Admin().PostJson("/api/leads", """{"email":"dead@example.jp"}""")).Json();

        await app.AdvanceAsync(Duration.FromSeconds(15));
        await app.AdvanceAsync(Duration.FromSeconds(15));
        var dead = await stream.NextEventAsync(LiveUpdateKinds.MessageDead, lead.Str("id"));
        sink.FailNext(0);
        await app.Admin().PostAsync($"/api/outbox/{dead.Data.Str("itemId")}/retry", null);

        Assert.Equal(dead.Data.Str("itemId"), (await stream.NextEventAsync(LiveUpdateKinds.MessageRetried)).Data.Str("itemId"));
    }
}
