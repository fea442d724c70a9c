using System.Net;
using System.Net.Http.Headers;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    private static readonly string[] Internals = ["Switchboard.", "System.", ".NET", "Parameter '", "   at "];

    [StoreFact]
    public async Task every_write_endpoint_answers_hostile_text_with_a_400_problem_and_changes_nothing()
    {
        await using var app = await StartAsync(FormConfigs.WithForms());
        var client = app.Admin();
        var lead = (await (await client.PostJson("/api/leads", """{"email":"first@example.com"}""")).Json()).Str("id")!;
        var before = await Snapshot(client, lead);
        var failures = new List<string>();
        foreach (var (method, path, template) in HostileBodies.Endpoints)
            foreach (var (variant, members) in HostileBodies.Variants)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{lead}", lead))
                {
                    Content = new ByteArrayContent(HostileBodies.Bytes(template.Replace("{lead}", lead).Replace("MEMBERS", members))),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var problem = response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && text.Contains("\"errors\"") && !Internals.Any(text.Contains);
                var tooLarge = response.StatusCode == HttpStatusCode.RequestEntityTooLarge && variant.Contains("66,000");
                if (!problem && !tooLarge) failures.Add($"{method} {path} {template} with {variant}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
            }
        Assert.Empty(failures);
        Assert.Equal(before, await Snapshot(client, lead));
    }

    /// <summary>What a refused write could have changed: the configuration's version, the leads, the lead's events and the keys.</summary>
    private static async Task<string> Snapshot(HttpClient client, string lead) =>
        string.Join("\n", (await (await client.GetAsync("/api/config")).Json())["version"]!.ToJsonString(),
            await (await client.GetAsync("/api/leads")).Content.ReadAsStringAsync(),
            await (await client.GetAsync($"/api/leads/{lead}/events")).Content.ReadAsStringAsync(),
            await (await client.GetAsync("/api/keys")).Content.ReadAsStringAsync());
}
