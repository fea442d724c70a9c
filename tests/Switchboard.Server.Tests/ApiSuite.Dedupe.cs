using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task merge_keeps_the_existing_owner_and_fills_only_empty_fields()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"email":"aki@example.jp","firstName":"Aki","fields":{"予算":"100万"}}""")).Json();
        var response = await client.PostJson("/api/leads", """{"email":"aki@example.jp","firstName":"Akira","company":"ACME 株式会社","fields":{"予算":"500万","導入検討時期":"3カ月以内"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.Json();
        Assert.Equal(first.Str("id"), merged.Str("duplicateOf"));
        Assert.Equal(first.Str("id"), merged.Str("id"));
        Assert.Equal(("r1", "Aki", "ACME 株式会社"), (merged.Str("ownerId"), merged.Str("firstName"), merged.Str("company")));
        Assert.Equal(("100万", "3カ月以内"), (merged["fields"].Str("予算"), merged["fields"].Str("導入検討時期")));
        Assert.Single((await (await client.GetAsync("/api/leads")).Json())["items"]!.AsArray());
        Assert.Equal("r2", (await (await client.PostJson("/api/leads", """{"email":"next@example.jp"}""")).Json()).Str("ownerId"));
    }

    [StoreFact]
    public async Task a_merged_submission_is_recorded_in_the_routing_history()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"email":"h@example.de"}""")).Json();
        await client.PostJson("/api/leads", """{"email":"h@example.de","city":"München"}""");
        var routing = await (await client.GetAsync($"/api/leads/{first.Str("id")}/routing")).Json();
        var merged = Assert.Single(routing["decisions"]!.AsArray(), d => d.Str("outcome") == "merged")!;
        Assert.Equal(("lead.updated", "merge"), (merged.Str("trigger"), merged.Str("action")));
        Assert.Equal("München", merged["submission"].Str("city"));
        Assert.Contains("filled city", merged.Str("why"));
    }

    [StoreFact]
    public async Task email_case_and_space_variants_are_the_same_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"email":"Minji.Kim@Example.KR"}""")).Json();
        var again = await client.PostJson("/api/leads", """{"email":"  minji.kim@example.kr "}""");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var merged = await again.Json();
        Assert.Equal(first.Str("id"), merged.Str("duplicateOf"));
        Assert.Equal("Minji.Kim@Example.KR", merged.Str("email"));
    }

    [StoreFact]
    public async Task a_national_phone_with_its_country_matches_the_international_form()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"phone":"090-1234-5678","country":"JP"}""")).Json();
        var merged = await (await client.PostJson("/api/leads", """{"phone":"+81 90 1234 5678","email":"sato@example.jp"}""")).Json();
        Assert.Equal(first.Str("id"), merged.Str("duplicateOf"));
        Assert.Equal(("090-1234-5678", "sato@example.jp"), (merged.Str("phone"), merged.Str("email")));
    }

    [StoreFact]
    public async Task a_closed_lead_is_not_merged_into()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"email":"closed@example.jp"}""")).Json();
        await client.PatchJson($"/api/leads/{first.Str("id")}", """{"status":"disqualified"}""");
        var again = await client.PostJson("/api/leads", """{"email":"closed@example.jp"}""");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(first.Str("id"), (await again.Json()).Str("id"));
    }

    [StoreFact]
    public async Task policy_create_makes_a_new_lead_for_every_submission()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin.Replace("\"dedupe\":\"merge\"", "\"dedupe\":\"create\""));
        var client = app.Admin();
        var first = await client.PostJson("/api/leads", """{"email":"twice@example.jp"}""");
        var second = await client.PostJson("/api/leads", """{"email":"twice@example.jp"}""");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.NotEqual((await first.Json()).Str("id"), (await second.Json()).Str("id"));
    }

    [StoreFact]
    public async Task a_retry_with_an_idempotency_key_replays_a_created_and_a_merged_request()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var created = await Keyed(client, "key-1", """{"email":"retry@example.kr"}""");
        var replayed = await Keyed(client, "key-1", """{"email":"retry@example.kr"}""");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (created.StatusCode, replayed.StatusCode));
        Assert.True(replayed.Headers.Contains("Idempotent-Replayed"));
        var id = (await created.Json()).Str("id");
        Assert.Equal(id, (await replayed.Json()).Str("id"));

        var merged = await Keyed(client, "key-2", """{"email":"retry@example.kr","city":"서울"}""");
        var mergeReplayed = await Keyed(client, "key-2", """{"email":"retry@example.kr","city":"서울"}""");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (merged.StatusCode, mergeReplayed.StatusCode));
        Assert.True(mergeReplayed.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(id, (await mergeReplayed.Json()).Str("duplicateOf"));
        var routing = await (await client.GetAsync($"/api/leads/{id}/routing")).Json();
        Assert.Single(routing["decisions"]!.AsArray(), d => d.Str("outcome") == "merged");

        static Task<HttpResponseMessage> Keyed(HttpClient client, string key, string body) => client.PostJson("/api/leads", body, key);
    }

    [StoreFact]
    public async Task simultaneous_submissions_of_one_person_make_one_lead()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            client.PostJson("/api/leads", $$$"""{"email":"burst@example.de","fields":{"n{{{i}}}":"{{{i}}}"}}""")));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var lead = Assert.Single((await (await client.GetAsync("/api/leads")).Json())["items"]!.AsArray())!;
        Assert.Equal(24, lead["fields"]!.AsObject().Count);
    }

    [StoreFact]
    public async Task an_identical_resend_with_the_same_external_id_replays_and_a_changed_one_merges()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        var first = await (await client.PostJson("/api/leads", """{"externalId":"crm-1","email":"x@example.de"}""")).Json();
        var resent = await client.PostJson("/api/leads", """{"externalId":"crm-1","email":"x@example.de"}""");
        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        Assert.Equal(first.Str("id"), (await resent.Json()).Str("id"));
        var changed = await client.PostJson("/api/leads", """{"externalId":"crm-1","title":"CEO"}""");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(("CEO", first.Str("id")), ((await changed.Json()).Str("title"), (await changed.Json()).Str("duplicateOf")));
    }
}
