using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task malformed_json_is_a_400_problem_not_a_500()
    {
        await using var app = await StartAsync();
        var response = await app.Admin().PostJson("/api/leads", """{"email": "a@b.c", """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.Json())["errors"]);
    }

    [StoreFact]
    public async Task a_lead_field_of_the_wrong_type_names_its_path()
    {
        await using var app = await StartAsync();
        var problem = await (await app.Admin().PostJson("/api/leads", """{"email":"a@b.c","region":42,"fields":{"x":{"nested":1}}}""")).Json();
        Assert.NotNull(problem["errors"]!["region"]);
        Assert.NotNull(problem["errors"]!["fields.x"]);
    }

    [StoreFact]
    public async Task an_unknown_top_level_lead_field_is_rejected_with_a_hint()
    {
        await using var app = await StartAsync();
        var response = await app.Admin().PostJson("/api/leads", """{"favouriteColour":"blue"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fields", (await response.Json())["errors"]!["favouriteColour"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task an_oversize_body_is_a_413_problem()
    {
        await using var app = await StartAsync();
        var huge = "{\"fields\":{\"blob\":\"" + new string('x', 2 * 1024 * 1024) + "\"}}";
        var response = await app.Admin().PostJson("/api/leads", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [StoreFact]
    public async Task a_config_with_an_unknown_operator_is_rejected_naming_the_path_and_nothing_changes()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var bad = TestConfigs.SevenRoundRobin.Replace("\"op\":\"contains\"", "\"op\":\"includes\"");
        var response = await app.Admin().PutJson("/api/config", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["workflows[0].conditions.all[0].op"]);
        Assert.Equal(1, (await (await app.Admin().GetAsync("/api/config")).Json())["version"]!.GetValue<int>());
    }

    [StoreFact]
    public async Task a_wrong_json_type_in_the_config_names_the_path()
    {
        await using var app = await StartAsync();
        var response = await app.Admin().PutJson("/api/config", """{"pools":[{"id":"p","members":[{"repId":"a","weight":"heavy"}]}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["pools[0].members[0].weight"]);
    }

    [StoreFact]
    public async Task an_unknown_strategy_is_rejected_as_an_unknown_enum_value()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PutJson("/api/pools/inbound", """{"strategy":"lottery","members":[{"repId":"r1"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["strategy"]);
    }

    [StoreFact]
    public async Task a_bad_cursor_or_limit_is_a_400_naming_the_parameter()
    {
        await using var app = await StartAsync();
        var cursor = await app.Admin().GetAsync("/api/leads?cursor=%%%nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.NotNull((await cursor.Json())["errors"]!["cursor"]);
        var limit = await app.Admin().GetAsync("/api/leads?limit=many");
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.NotNull((await limit.Json())["errors"]!["limit"]);
    }

    [StoreFact]
    public async Task an_unknown_status_filter_is_a_400_naming_the_parameter()
    {
        await using var app = await StartAsync();
        var response = await app.Admin().GetAsync("/api/leads?status=vip");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("disqualified", (await response.Json())["errors"]!["status"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task invalid_utf8_in_a_lead_is_a_400_naming_the_field_and_creates_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        byte[] body = [.. "{\"email\":\""u8, 0xFF, 0xFE, .. "@example.com\"}"u8];
        var response = await app.Admin().PostAsync("/api/leads", Raw(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.Json())["errors"]!["email"]);
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_lone_surrogate_in_a_custom_field_is_a_400_naming_its_path()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", """{"email":"a@b.c","fields":{"メモ":["ok","\ud800"]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["fields.メモ[1]"]);
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task invalid_utf8_in_a_lead_update_is_a_400_and_the_lead_is_unchanged()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var id = (await (await app.Admin().PostJson("/api/leads", """{"company":"Müller GmbH"}""")).Json()).Str("id");
        byte[] body = [.. "{\"company\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        var response = await app.Admin().PatchAsync($"/api/leads/{id}", Raw(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["company"]);
        Assert.Equal("Müller GmbH", (await (await app.Admin().GetAsync($"/api/leads/{id}")).Json()).Str("company"));
    }

    [StoreFact]
    public async Task a_batch_item_with_a_lone_surrogate_is_rejected_alone()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var answer = await (await app.Admin().PostJson("/api/leads/batch", """[{"email":"x@y.z"},{"firstName":"\udc00민지"}]""")).Json();
        var results = answer["results"]!.AsArray();
        Assert.Equal(["created", "error"], results.Select(r => r.Str("status")));
        Assert.NotNull(results[1]!["errors"]!["[1].firstName"]);
    }

    private static ByteArrayContent Raw(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
