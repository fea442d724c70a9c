using System.Net;
using System.Net.Http.Headers;
using static Switchboard.Server.Tests.FormConfigs;

namespace Switchboard.Server.Tests;

/// <summary>The public form page and its protections; nothing here depends on the database (SQLite only).</summary>
public sealed class FormPageTests
{
    private static async Task<SwitchboardApp> StartAsync(string config, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new SwitchboardApp(settings: settings);
        var response = await app.Admin().PutJson("/api/config", config);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return app;
    }

    [Fact]
    public async Task the_form_page_is_japanese_html_with_bound_labels_and_a_hidden_honeypot()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().GetAsync("/f/demo-request");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/html", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("<label for=\"f0\">メールアドレス <span class=\"req\">必須</span></label>", html);
        Assert.Contains("<input id=\"f0\" name=\"email\" required type=\"email\"", html);
        Assert.Contains("<label for=\"f2\">導入検討時期</label>", html);
        Assert.Contains("<form method=\"post\" action=\"/f/demo-request\"", html);
        Assert.Contains("<div class=\"hp\" aria-hidden=\"true\">", html);
        Assert.Contains("name=\"website_url\" type=\"text\" tabindex=\"-1\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task a_multi_select_is_a_group_of_checkboxes_that_keeps_its_choices_when_shown_again()
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace(
            "{\"key\":\"timing\",",
            "{\"key\":\"products\",\"label\":\"製品\",\"type\":\"multi-select\",\"options\":[\"A\",\"B\"],\"required\":true,\"mapsTo\":\"productInterest\"},{\"key\":\"timing\",")));
        var html = await (await app.Anonymous().PostAsync("/f/demo-request", Encoded(("products", "B")))).Content.ReadAsStringAsync();
        Assert.Contains("<fieldset class=\"field\" id=\"f2\">\n<legend>製品 <span class=\"req\">必須</span></legend>", html);
        Assert.Contains("<input id=\"f2-0\" type=\"checkbox\" name=\"products\" value=\"A\">", html);
        Assert.Contains("<input id=\"f2-1\" type=\"checkbox\" name=\"products\" value=\"B\" checked>", html);
    }

    [Fact]
    public async Task labels_are_html_encoded()
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace("\"label\":\"都道府県\"", "\"label\":\"<b>都道府県</b> & \\\"地域\\\"\"")));
        var html = await (await app.Anonymous().GetAsync("/f/demo-request")).Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;都道府県&lt;/b&gt; &amp; &quot;地域&quot;", html);
        Assert.DoesNotContain("<b>都道府県", html);
    }

    [Fact]
    public async Task the_page_may_be_framed_by_any_site()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Anonymous().GetAsync("/f/demo-request");
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors *", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task an_unknown_form_is_a_404_page()
    {
        await using var app = await StartAsync(WithForms());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/f/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().PostJson("/f/nope", """{"email":"a@example.jp"}""")).StatusCode);
    }

    [Fact]
    public async Task a_form_with_a_redirect_sends_the_browser_there_with_303()
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace("\"redirect\":null", "\"redirect\":\"https://example.jp/thanks\"")));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/f/demo-request", Encoded(("email", "a@example.jp")));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("https://example.jp/thanks", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task posts_over_the_rate_limit_get_429()
    {
        await using var app = await StartAsync(WithForms(), new Dictionary<string, string> { ["Switchboard:FormRateLimit:PermitLimit"] = "3" });
        var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/f/demo-request", Encoded(("email", $"a{i}@example.jp")))).StatusCode);
        var refused = await client.PostAsync("/f/demo-request", Encoded(("email", "a9@example.jp")));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Contains("送信回数が多すぎます", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/f/demo-request")).StatusCode);
        Assert.Equal(3, (await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task a_cors_preflight_from_any_origin_is_allowed_on_the_form()
    {
        await using var app = await StartAsync(WithForms());
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/f/demo-request");
        preflight.Headers.Add("Origin", "https://www.customer.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await app.Anonymous().SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task the_api_is_not_opened_to_other_origins()
    {
        await using var app = await StartAsync(WithForms());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/forms");
        request.Headers.Add("Origin", "https://www.customer.example");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SwitchboardApp.AdminKey);
        var response = await app.Anonymous().SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task the_forms_api_answers_with_an_embed_snippet_and_accepts_it_back()
    {
        await using var app = await StartAsync(WithForms());
        var form = await (await app.Admin().GetAsync("/api/forms/demo-request")).Json();
        Assert.Equal("http://localhost/f/demo-request", form["embed"].Str("url"));
        Assert.Equal("<iframe src=\"http://localhost/f/demo-request\" title=\"導入相談フォーム\" loading=\"lazy\" style=\"width:100%;min-height:640px;border:0\"></iframe>",
            form["embed"].Str("iframe"));
        var again = await app.Admin().PutJson("/api/forms/demo-request", form.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var config = await (await app.Admin().GetAsync("/api/config")).Json();
        Assert.Equal(["id", "name", "language", "honeypot", "fields", "thankYou", "redirect"], config["forms"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["key", "label", "type", "required", "options", "mapsTo"], config["forms"]![0]!["fields"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task creating_a_form_answers_201_with_its_embed_snippet()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Admin().PostJson("/api/forms", """{"id":"contact","name":"Kontakt","language":"de","fields":[{"key":"email","label":"E-Mail","type":"email","required":true,"mapsTo":"email"}]}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("http://localhost/f/contact", (await response.Json())["embed"].Str("url"));
        Assert.Contains("<html lang=\"de\">", await (await app.Anonymous().GetAsync("/f/contact")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task an_invalid_form_is_refused_with_the_path_of_the_field()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Admin().PostJson("/api/forms", """{"id":"bad","fields":[{"key":"email","label":"E"},{"key":"x","label":"X"},{"key":"pref","label":"P","mapsTo":"prefecture"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["fields[2].mapsTo"]);
    }

    [Fact]
    public async Task a_form_still_named_by_a_workflow_cannot_be_deleted()
    {
        await using var app = await StartAsync(WithForms());
        var response = await app.Admin().DeleteAsync("/api/forms/demo-request");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["workflows[1].trigger.formId"]);
    }

    [Fact]
    public async Task messages_fall_back_to_english_for_other_languages()
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace("\"language\":\"ja\"", "\"language\":\"fr\"")));
        var errors = (await (await app.Anonymous().PostJson("/f/demo-request", "{}")).Json())["errors"]!;
        Assert.Equal("This field is required.", errors["email"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ko", "필수 항목입니다. 입력해 주세요.")]
    [InlineData("de", "Dieses Feld ist ein Pflichtfeld.")]
    public async Task messages_speak_the_form_language(string language, string required)
    {
        await using var app = await StartAsync(WithForms(DemoRequestForm.Replace("\"language\":\"ja\"", $"\"language\":\"{language}\"")));
        var errors = (await (await app.Anonymous().PostJson("/f/demo-request", "{}")).Json())["errors"]!;
        Assert.Equal(required, errors["email"]![0]!.GetValue<string>());
    }
}
