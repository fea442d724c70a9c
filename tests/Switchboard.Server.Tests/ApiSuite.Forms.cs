using System.Net;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;
using static Switchboard.Server.Tests.FormConfigs;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_form_encoded_submission_creates_the_lead_with_its_mapped_fields_and_fires_form_submitted()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().PostAsync("/f/demo-request",
            Encoded(("email", "yamada@example.jp"), ("pref", "東京都"), ("timing", "3カ月以内"), ("website_url", "")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("お問い合わせありがとうございました。", await response.Content.ReadAsStringAsync());

        var lead = Assert.Single((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray())!;
        Assert.Equal(("yamada@example.jp", "東京都", "3カ月以内", "web_form"),
            (lead.Str("email"), lead.Str("region"), lead["fields"].Str("導入検討時期"), lead.Str("source")));
        Assert.Equal("r1", lead.Str("ownerId"));
        var routing = await (await app.Admin().GetAsync($"/api/leads/{lead.Str("id")}/routing")).Json();
        Assert.Contains(routing["decisions"]!.AsArray(), d => d.Str("trigger") == "form.submitted" && d.Str("workflowId") == "web-form" && d.Str("action") == "assign");
        var approach = await (await app.Admin().GetAsync("/api/lists/approach/leads")).Json();
        Assert.Equal(lead.Str("id"), Assert.Single(approach["items"]!.AsArray()).Str("id"));
    }

    [StoreFact]
    public async Task a_form_lead_from_hokkaido_is_assigned_by_the_earlier_lead_created_rule_and_still_listed()
    {
        await using var app = await StartAsync(WithForms());
        await app.Anonymous().PostAsync("/f/demo-request", Encoded(("email", "a@example.jp"), ("pref", "北海道")));
        var lead = Assert.Single((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray())!;
        Assert.Equal("sato", lead.Str("ownerId"));
        Assert.Single((await (await app.Admin().GetAsync("/api/lists/approach/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_missing_required_field_shows_the_form_again_in_japanese_with_the_values_kept_and_creates_nothing()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().PostAsync("/f/demo-request", Encoded(("pref", "北海道"), ("timing", "未定")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"error\" id=\"f0-error\">必須項目です。入力してください。</p>", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f0-error\"", html);
        Assert.Contains("<option value=\"北海道\" selected>北海道</option>", html);
        Assert.Contains("<option value=\"未定\" selected>未定</option>", html);
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_json_submission_with_errors_gets_problem_json_naming_each_field()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().PostJson("/f/demo-request", """{"email":"not-an-address","pref":"大阪府"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Json())["errors"]!;
        Assert.Equal("メールアドレスの形式が正しくありません（例: name@example.co.jp）。", errors["email"]![0]!.GetValue<string>());
        Assert.Equal("選択肢の中から選んでください。", errors["pref"]![0]!.GetValue<string>());
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_json_submission_answers_201_with_the_lead_id()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().PostJson("/f/demo-request", """{"email":"kim@example.kr","timing":"未定"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Json();
        var lead = await (await app.Admin().GetAsync($"/api/leads/{answer.Str("leadId")}")).Json();
        Assert.Equal(("kim@example.kr", "未定"), (lead.Str("email"), lead["fields"].Str("導入検討時期")));
        Assert.Equal("お問い合わせありがとうございました。", answer.Str("message"));
    }

    [StoreFact]
    public async Task a_filled_honeypot_answers_like_a_success_creates_nothing_and_is_counted()
    {
        await using var app = await StartAsync(WithForms());
        var person = await app.Anonymous().PostAsync("/f/demo-request", Encoded(("email", "a@example.jp"), ("website_url", "")));
        var bot = await app.Anonymous().PostAsync("/f/demo-request", Encoded(("email", "bot@example.com"), ("website_url", "http://spam.example")));
        Assert.Equal(HttpStatusCode.OK, bot.StatusCode);
        Assert.Equal(await person.Content.ReadAsStringAsync(), await bot.Content.ReadAsStringAsync());
        var botJson = await app.Anonymous().PostJson("/f/demo-request", """{"email":"bot@example.com","website_url":"x"}""");
        Assert.Equal(HttpStatusCode.Created, botJson.StatusCode);
        Assert.StartsWith("ld_", (await botJson.Json()).Str("leadId"));

        var lead = Assert.Single((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
        Assert.Equal("a@example.jp", lead.Str("email"));
        var stats = (await (await app.Admin().GetAsync("/api/forms/demo-request")).Json())["stats"]!;
        Assert.Equal((1, 2), (stats["submitted"]!.GetValue<int>(), stats["honeypot"]!.GetValue<int>()));
    }

    [StoreFact]
    public async Task multi_select_values_sent_as_repeated_keys_are_stored_as_a_list()
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace(
            """{"key":"timing",""",
            """{"key":"products","label":"製品","type":"multi-select","options":["A","B","C"],"mapsTo":"productInterest"},{"key":"timing",""")));
        await app.Anonymous().PostAsync("/f/demo-request", Encoded(("email", "a@example.jp"), ("products", "A"), ("products", "C")));
        var lead = Assert.Single((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray())!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["A","C"]"""), lead["productInterest"]), lead["productInterest"]?.ToJsonString());
    }

    [StoreFact]
    public async Task the_demo_organisation_serves_the_japanese_demo_request_form_onto_the_approach_list()
    {
        await using var app = await StartAsync(demo: true);
        var page = await (await app.Anonymous().GetAsync("/f/demo-request")).Content.ReadAsStringAsync();
        Assert.Contains("導入相談フォーム", page);
        await app.Anonymous().PostAsync("/f/demo-request", Encoded(("email", "a@example.jp"), ("company", "株式会社テスト"), ("pref", "北海道")));
        var listed = Assert.Single((await (await app.Admin().GetAsync("/api/lists/approach/leads")).Json())["items"]!.AsArray());
        Assert.Equal(("sato", "株式会社テスト"), (listed.Str("ownerId"), listed.Str("company")));
    }
}
