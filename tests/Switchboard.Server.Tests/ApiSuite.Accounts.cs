using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static readonly string AccountsConfig = TestConfigs.SevenRoundRobin.Replace(
        "\"workflows\":[",
        """
        "accounts":[{"id":"acme-holdings","name":"ACME Holdings","ownerId":"r7"},
                    {"id":"acme","name":"ACME 株式会社","domains":["acme.co.jp"],"ownerId":"sato","parentId":"acme-holdings"}],
        "workflows":[{"id":"accounts","name":"Accounts","priority":1,"stopOnMatch":true,"trigger":{"type":"lead.created"},
                      "conditions":{"any":[{"field":"email","op":"exists"},{"field":"company","op":"exists"}]},
                      "actions":[{"type":"assign","accountOwner":true,"fallbackPool":"inbound"}]},
        """);

    [StoreFact]
    public async Task accounts_are_created_read_replaced_and_deleted_through_the_api()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var parent = await client.PostJson("/api/accounts", """{"id":"acme-holdings","name":"ACME Holdings","ownerId":"r1"}""");
        Assert.Equal(HttpStatusCode.Created, parent.StatusCode);
        var child = await client.PostJson("/api/accounts", """{"id":"acme","name":"ACME 株式会社","domains":["acme.co.jp"],"ownerId":"sato","parentId":"acme-holdings"}""");
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        Assert.Equal("acme-holdings", (await (await client.GetAsync("/api/accounts/acme")).Json()).Str("parentId"));
        Assert.Equal(2, (await (await client.GetAsync("/api/accounts")).JsonNodeOf()).AsArray().Count);

        var replaced = await client.PutJson("/api/accounts/acme", """{"name":"ACME Japan","domains":["acme.co.jp","acme.jp"],"ownerId":"r2","parentId":"acme-holdings"}""");
        Assert.Equal(("r2", 2), ((await replaced.Json()).Str("ownerId"), (await (await client.GetAsync("/api/accounts/acme")).Json())["domains"]!.AsArray().Count));
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync("/api/accounts/acme-holdings")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/accounts/acme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/accounts/acme")).StatusCode);
    }

    [StoreFact]
    public async Task a_bad_account_is_rejected_with_errors_naming_its_fields()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/accounts", """{"id":"x","name":"X","ownerId":"ghost","parentId":"nowhere","domains":["gmail.com"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.Equal(["domains[0]", "ownerId", "parentId"], errors.Select(e => e.Key).Order());
    }

    [StoreFact]
    public async Task a_lead_of_an_account_goes_to_the_account_owner_and_up_the_hierarchy()
    {
        await using var app = await StartAsync(AccountsConfig);
        var client = app.Admin();
        var direct = await (await client.PostJson("/api/leads", """{"email":"taro@tokyo.acme.co.jp"}""")).Json();
        Assert.Equal("sato", direct.Str("ownerId"));
        Assert.Equal("account_owner", direct["decisions"]![0].Str("strategy"));

        var satoAway = await client.PatchJson("/api/reps/sato", """{"outOfOffice":[{"from":"2000-01-01T00:00:00Z","to":"2100-01-01T00:00:00Z"}]}""");
        Assert.True(satoAway.IsSuccessStatusCode, await satoAway.Content.ReadAsStringAsync());
        var upward = await (await client.PostJson("/api/leads", """{"company":"株式会社ＡＣＭＥ","email":"hanako@gmail.com"}""")).Json();
        Assert.Equal("r7", upward.Str("ownerId"));
        var decision = upward["decisions"]![0]!;
        Assert.Equal(["sato:out_of_office", "r7:"], decision["candidates"]!.AsArray().Select(c => $"{c.Str("repId")}:{c.Str("reason")}"));
        Assert.Contains("trying parent acme-holdings", decision.Str("why"));

        var stranger = await (await client.PostJson("/api/leads", """{"email":"someone@example.org"}""")).Json();
        Assert.Equal(("r1", "inbound"), (stranger.Str("ownerId"), stranger["decisions"]![1].Str("poolId")));
    }

    [StoreFact]
    public async Task the_demo_organisation_routes_acme_leads_to_their_account_owners()
    {
        await using var app = await StartAsync(demo: true);
        var client = app.Admin();
        Assert.Equal("sato", (await (await client.PostJson("/api/leads", """{"email":"taro@acme.example.jp"}""")).Json()).Str("ownerId"));
        Assert.Equal("takahashi", (await (await client.PostJson("/api/leads", """{"company":"ACME Holdings Inc."}""")).Json()).Str("ownerId"));
        Assert.Equal(3, (await (await client.GetAsync("/api/accounts")).JsonNodeOf()).AsArray().Count);
    }
}
