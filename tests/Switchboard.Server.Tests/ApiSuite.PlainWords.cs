using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>Values of the wrong kind outside JSON bodies' own types are explained by name and in plain words too.</summary>
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_page_size_that_is_not_a_number_is_named_with_what_it_takes()
    {
        await using var app = await StartAsync(FormConfigs.WithForms());
        var client = app.Admin();
        var lead = (await (await client.PostJson("/api/leads", """{"email":"a@example.com"}""")).Json()).Str("id")!;
        string[] lists = ["/api/leads", "/api/tasks", "/api/outbox", "/api/deals", "/api/lists/approach/leads", $"/api/leads/{lead}/events"];
        foreach (var list in lists)
            foreach (var limit in new[] { "ten", "1.5", "0", "99999999999" })
            {
                var response = await client.GetAsync($"{list}?limit={limit}");
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("must be a whole number between 1 and 500", (await response.Json())["errors"]!["limit"]![0]!.GetValue<string>());
            }
    }

    [StoreFact]
    public async Task a_yes_or_no_parameter_given_as_a_word_says_true_or_false()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().GetAsync("/api/tasks?done=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("must be true or false", (await response.Json())["errors"]!["done"]![0]!.GetValue<string>());
    }

    [StoreFact]
    public async Task an_out_of_office_bound_that_is_not_a_date_is_named_by_its_path()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var response = await app.Admin().PatchJson("/api/reps/r1", """{"outOfOffice":[{"from":"tomorrow","to":"2026-12-24"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Json())["errors"]!["outOfOffice[0].from"]![0]!.GetValue<string>();
        Assert.StartsWith("must be a date such as 2026-12-24", message);
    }
}
