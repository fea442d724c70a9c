using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_batch_routes_its_leads_in_order_with_the_exact_round_robin_rotation()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var leads = Enumerable.Range(0, 16).Select(i => i == 3 ? """{"lastName":"Ito","region":"北海道 札幌市"}""" : $$"""{"email":"b{{i}}@example.jp"}""");
        var answer = await (await app.Admin().PostJson("/api/leads/batch", $"[{string.Join(",", leads)}]")).Json();
        var results = answer["results"]!.AsArray();
        Assert.Equal(Enumerable.Range(0, 16), results.Select(r => r!["index"]!.GetValue<int>()));
        Assert.All(results, r => Assert.Equal("created", r.Str("status")));
        Assert.Equal(["r1", "r2", "r3", "sato", "r4", "r5", "r6", "r7", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r1"],
            results.Select(r => r.Str("ownerId")));
        Assert.Equal((16, 0, 0), (answer["created"]!.GetValue<int>(), answer["merged"]!.GetValue<int>(), answer["errors"]!.GetValue<int>()));
        var stored = await (await app.Admin().GetAsync($"/api/leads/{results[5].Str("leadId")}")).Json();
        Assert.Equal(("b5@example.jp", "r5"), (stored.Str("email"), stored.Str("ownerId")));
    }

    [StoreFact]
    public async Task a_bad_item_is_rejected_alone_naming_its_index_and_field_and_takes_no_turn()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var answer = await (await app.Admin().PostJson("/api/leads/batch",
            """[{"email":"ok0@example.de"},{"email":"kein-at-zeichen"},{"firstName":"민지"},42,{"fields":{"導入検討時期":{"x":1}}}]""")).Json();
        var results = answer["results"]!.AsArray();
        Assert.Equal(["created", "error", "created", "error", "error"], results.Select(r => r.Str("status")));
        Assert.NotNull(results[1]!["errors"]!["[1].email"]);
        Assert.NotNull(results[3]!["errors"]!["[3]"]);
        Assert.NotNull(results[4]!["errors"]!["[4].fields.導入検討時期"]);
        Assert.Null(results[1].Str("leadId"));
        Assert.Equal(["r1", "r2"], new[] { results[0], results[2] }.Select(r => r.Str("ownerId")));
        Assert.Equal(3, answer["errors"]!.GetValue<int>());
        Assert.Equal(2, (await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray().Count);
    }

    [StoreFact]
    public async Task an_ndjson_batch_is_answered_with_one_ndjson_result_per_item()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var body = "{\"email\":\"n0@example.kr\",\"city\":\"서울\"}\r\n\n{\"email\":\"n1@example.kr\"\n{not json}\n{\"email\":\"n3@example.kr\"}";
        var response = await app.Admin().PostAsync("/api/leads/batch", Ndjson(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([0, 1, 2, 3], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.Equal(["created", "error", "error", "created"], lines.Select(l => l.Str("status")));
        Assert.NotNull(lines[2]["errors"]!["[2]"]);
        Assert.Equal(["r1", "r2"], new[] { lines[0], lines[3] }.Select(l => l.Str("ownerId")));
        var stored = await (await app.Admin().GetAsync($"/api/leads/{lines[0].Str("leadId")}")).Json();
        Assert.Equal("서울", stored.Str("city"));
    }

    [StoreFact]
    public async Task a_batch_of_more_than_ten_thousand_leads_is_a_413_naming_the_limit_and_creates_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var body = new StringBuilder();
        for (var i = 0; i < 10_001; i++) body.Append("{}\n");
        var response = await app.Admin().PostAsync("/api/leads/batch", Ndjson(body.ToString()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Json();
        Assert.Contains("10000", problem.Str("detail"));
        Assert.Equal(10_000, problem["limit"]!.GetValue<int>());
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_broken_json_array_is_a_400_problem_and_creates_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        foreach (var body in new[] { """[{"email":"a@example.jp"},{"email":""", """{"email":"a@example.jp"}""", "" })
        {
            var response = await app.Admin().PostJson("/api/leads/batch", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.Json())["errors"]!["$"]);
        }
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_batch_retried_with_the_same_idempotency_key_replays_every_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = await app.ClientFor("intake");
        var first = await SendAsync();
        var again = await SendAsync();
        Assert.Equal(["replayed", "replayed", "replayed"], again.Select(r => r.Str("status")));
        Assert.Equal(first.Select(r => r.Str("leadId")), again.Select(r => r.Str("leadId")));
        Assert.Equal(2, (await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray().Count);

        async Task<JsonArray> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/leads/batch")
            {
                Content = HttpJson.Body("""[{"externalId":"crm-1"},{"externalId":"crm-2"},{"externalId":"crm-1"}]"""),
            };
            request.Headers.Add("Idempotency-Key", "import-7");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Json())["results"]!.AsArray();
        }
    }

    [StoreFact]
    public async Task a_rep_key_may_not_send_a_batch()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var rep = await app.ClientFor("rep", "r1");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostJson("/api/leads/batch", "[{}]")).StatusCode);
    }

    [StoreFact]
    public async Task a_repeated_property_name_is_a_400_alone_and_an_item_error_in_a_batch()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        const string twice = """{"email":"a@example.jp","email":"b@example.jp"}""";
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Admin().PostJson("/api/leads", twice)).StatusCode);
        var answer = await (await app.Admin().PostJson("/api/leads/batch", $$"""[{{twice}},{"lastName":"Ito"}]""")).Json();
        Assert.Equal(["error", "created"], answer["results"]!.AsArray().Select(r => r.Str("status")));
        Assert.NotNull(answer["results"]![0]!["errors"]!["[0].email"]);
    }

    private static StringContent Ndjson(string body) => new(body, Encoding.UTF8, "application/x-ndjson");
}
