using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_request_without_a_key_is_a_401()
    {
        await using var app = await StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/leads")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithKey("sb_wrong").GetAsync("/api/leads")).StatusCode);
    }

    [StoreFact]
    public async Task an_intake_key_may_only_create_leads()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var intake = await app.ClientFor("intake");
        Assert.Equal(HttpStatusCode.Created, (await intake.PostJson("/api/leads", """{"lastName":"Ito"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await intake.GetAsync("/api/leads")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await intake.GetAsync("/api/config")).StatusCode);
    }

    [StoreFact]
    public async Task a_rep_key_sees_only_its_own_leads_and_why_it_got_them()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var admin = app.Admin();
        var mine = await (await admin.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var theirs = await (await admin.PostJson("/api/leads", """{"lastName":"Ito"}""")).Json();
        var rep = await app.ClientFor("rep", "r1");
        var list = await (await rep.GetAsync("/api/leads")).Json();
        Assert.Equal([mine.Str("id")], list["items"]!.AsArray().Select(l => l.Str("id")));
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync($"/api/leads/{mine.Str("id")}/routing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/api/leads/{theirs.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PutJson("/api/reps/r2/status", """{"status":"away"}""")).StatusCode);
    }

    [StoreFact]
    public async Task keys_are_listed_without_their_secret_and_can_be_revoked()
    {
        await using var app = await StartAsync();
        var admin = app.Admin();
        var created = await (await admin.PostJson("/api/keys", """{"name":"zapier","role":"intake"}""")).Json();
        Assert.StartsWith("sb_", created.Str("key"));
        var list = await (await admin.GetAsync("/api/keys")).Json();
        Assert.All(list["items"]!.AsArray(), k => Assert.Null(k!["key"]));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/keys/{created.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithKey(created.Str("key")!).PostJson("/api/leads", """{"lastName":"Ito"}""")).StatusCode);
    }

    /// <summary>The rule the Keys page follows too: a key without a name, or with a blank one, is named by its role; a name is trimmed.</summary>
    [StoreFact]
    public async Task a_key_without_a_name_or_with_a_blank_one_is_named_by_its_role()
    {
        await using var app = await StartAsync();
        var admin = app.Admin();
        Assert.Equal("intake", (await (await admin.PostJson("/api/keys", """{"role":"intake"}""")).Json()).Str("name"));
        Assert.Equal("manager", (await (await admin.PostJson("/api/keys", """{"name":"  ","role":"manager"}""")).Json()).Str("name"));
        Assert.Equal("crm", (await (await admin.PostJson("/api/keys", """{"name":" crm ","role":"intake"}""")).Json()).Str("name"));
    }

    [StoreFact]
    public async Task health_readiness_and_the_openapi_document_are_served()
    {
        await using var app = await StartAsync();
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var openapi = await (await client.GetAsync("/openapi/v1.json")).Json();
        Assert.NotNull(openapi["paths"]!["/api/leads"]);
    }

    [StoreFact]
    public async Task the_demo_organisation_routes_a_hokkaido_lead_to_sato()
    {
        await using var app = await StartAsync(demo: true);
        var lead = await (await app.Admin().PostJson("/api/leads", """{"lastName":"Ito","region":"北海道","source":"導入相談"}""")).Json();
        Assert.Equal("sato", lead.Str("ownerId"));
        var midMarket = await (await app.Admin().PostJson("/api/leads", """{"lastName":"Ito","fields":{"従業員数":"１００-９９９人"}}""")).Json();
        Assert.Equal("mid-market", midMarket["decisions"]![0].Str("poolId"));
    }
}
