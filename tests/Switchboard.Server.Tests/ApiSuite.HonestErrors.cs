using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static readonly string[] WrongBodies =
    [
        "[]", "\"text\"", "42", "null", "true", """{"id":5}""", """{"name":{"a":1}}""", """{"members":"everyone"}""",
        """{"members":[{"repId":"r1","weight":"heavy"}]}""", """{"colour":"red"}""", """{"at":"yesterday"}""", """{"type":7}""",
        """{"stage":["a"]}""", """{"fields":[1]}""", """{"rep":{"id":"r1"}}""", """{"settings":{"dedupe":5}}""",
        """{"reps":[{"id":"r1","timeZone":7}]}""", """{"workflows":[{"id":"w","priority":"high"}]}""", """{"rules":"all"}""",
    ];

    private static readonly (string Method, string Path)[] ConfigAndLeadEndpoints =
    [
        ("PUT", "/api/config"), ("PUT", "/api/settings"), ("PUT", "/api/scoring"), ("PUT", "/api/lead-stages"),
        ("POST", "/api/pools"), ("PUT", "/api/pools/inbound"), ("PATCH", "/api/pools/inbound"), ("PUT", "/api/reps/r1"),
        ("PATCH", "/api/reps/r1"), ("PUT", "/api/workflows/hokkaido"), ("PUT", "/api/forms/demo-request"), ("PUT", "/api/lists/approach"),
        ("POST", "/api/leads"), ("PATCH", "/api/leads/{lead}"), ("POST", "/api/leads/{lead}/assign"), ("POST", "/api/leads/{lead}/reject"),
        ("POST", "/api/leads/{lead}/stage"), ("POST", "/api/leads/{lead}/convert"), ("POST", "/api/leads/{lead}/events"),
        ("POST", "/api/events"), ("PUT", "/api/reps/r1/status"), ("POST", "/api/keys"),
    ];

    [StoreFact]
    public async Task bad_bodies_are_explained_in_plain_words_without_dotnet_names()
    {
        await using var app = await StartAsync(FormConfigs.WithForms());
        var client = app.Admin();
        var lead = (await (await client.PostJson("/api/leads", """{"email":"first@example.com"}""")).Json()).Str("id")!;
        var failures = new List<string>();
        foreach (var (method, path) in ConfigAndLeadEndpoints)
            foreach (var body in WrongBodies)
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.Replace("{lead}", lead)) { Content = HttpJson.Body(body) });
                var text = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || Internals.Any(text.Contains))
                    failures.Add($"{method} {path} {body}: {(int)response.StatusCode} {text}");
            }
        Assert.Empty(failures);
    }

    [StoreFact]
    public async Task an_unknown_configuration_field_is_named_with_the_fields_expected_there()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PutJson("/api/pools/inbound", """{"members":[{"repId":"r1","colour":"red"}]}""");
        var message = (await response.Json())["errors"]!["members[0].colour"]![0]!.GetValue<string>();
        Assert.StartsWith("unknown field 'colour'; expected one of ", message);
        Assert.Contains("repId", message);
    }

    [StoreFact]
    public async Task a_number_given_as_a_word_says_a_number_was_expected()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PatchJson("/api/pools/inbound", """{"members":[{"repId":"r1","weight":"heavy"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("number", (await response.Json())["errors"]!["members[0].weight"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task a_text_where_a_list_belongs_says_a_list_was_expected()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PutJson("/api/config", """{"reps":"everyone"}""");
        Assert.Equal("must be a list", (await response.Json())["errors"]!["reps"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task a_refused_conversion_says_why_without_dotnet_wording()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var lead = (await (await app.Admin().PostJson("/api/leads", """{"email":"a@b.c"}""")).Json()).Str("id")!;
        var response = await app.Admin().PostJson($"/api/leads/{lead}/convert", """{"amount":100,"pipeline":"nope"}""");
        var message = (await response.Json())["errors"]!["pipeline"]![0]!.GetValue<string>();
        Assert.StartsWith("unknown pipeline 'nope'", message);
        Assert.DoesNotContain("Parameter", message);
    }
}
