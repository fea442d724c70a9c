using System.Net;
using System.Text;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_nul_character_in_a_lead_field_is_a_400_naming_the_field_on_every_database()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", """{"email":"a@b.c","company":"a\u0000b"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", (await response.Json())["errors"]!["company"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task an_email_of_a_few_kilobytes_is_a_400_naming_email()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", $$"""{"email":"{{new string('a', 4000)}}@example.com"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 320", (await response.Json())["errors"]!["email"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task a_standard_lead_field_longer_than_1000_characters_is_a_400()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", $$"""{"email":"a@b.c","company":"{{new string('c', 1001)}}"}""");
        Assert.NotNull((await response.Json())["errors"]!["company"]);
    }

    [StoreFact]
    public async Task a_repeated_custom_field_name_is_a_400_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", """{"email":"a@b.c","fields":{"size":1,"size":2}}""");
        Assert.Contains("more than once", (await response.Json())["errors"]!["fields.size"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task a_lone_surrogate_in_a_custom_field_name_is_a_400_naming_the_object()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PostJson("/api/leads", """{"email":"a@b.c","fields":{"\ud800":1}}""");
        Assert.Contains("Unicode", (await response.Json())["errors"]!["fields"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task a_nul_in_a_query_parameter_is_a_400_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var query = await app.Admin().GetAsync("/api/leads?q=a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.NotNull((await query.Json())["errors"]!["q"]);
    }

    [StoreFact]
    public async Task an_over_long_route_value_is_a_400_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var route = await app.Admin().GetAsync("/api/leads/" + new string('l', 1001));
        Assert.NotNull((await route.Json())["errors"]!["id"]);
    }

    [StoreFact]
    public async Task an_over_long_query_parameter_is_a_400_naming_it()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().GetAsync("/api/leads?cursor=" + new string('c', 1001));
        Assert.NotNull((await response.Json())["errors"]!["cursor"]);
    }

    [StoreFact]
    public async Task a_nul_in_an_idempotency_key_is_a_400()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/leads") { Content = HttpJson.Body("""{"email":"a@b.c"}""") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "k\u0000");
        var response = await app.Admin().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [StoreFact]
    public async Task an_idempotency_key_over_200_characters_is_a_400_naming_it_and_creates_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        foreach (var (path, body) in new[] { ("/api/leads", """{"email":"a@b.c"}"""), ("/api/leads/batch", """[{"email":"a@b.c"}]""") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = HttpJson.Body(body) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 201));
            var response = await app.Admin().SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.Json())["errors"]!["Idempotency-Key"]);
        }
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_truncated_multipart_form_post_is_a_400_and_creates_nothing()
    {
        await using var app = await StartAsync(FormConfigs.WithForms());
        var content = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@b.c", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        var response = await app.Anonymous().PostAsync("/f/demo-request", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty((await (await app.Admin().GetAsync("/api/leads")).Json())["items"]!.AsArray());
    }

    [StoreFact]
    public async Task a_nul_in_a_url_encoded_form_post_is_a_400_problem()
    {
        await using var app = await StartAsync(FormConfigs.WithForms());
        var response = await app.Anonymous().PostAsync("/f/demo-request", FormConfigs.Encoded(("email", "a\0@b.c")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
