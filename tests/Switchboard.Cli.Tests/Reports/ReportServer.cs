using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests.Reports;

/// <summary>
/// One real server process (SQLite) with known data for the report commands: reps a, b, c in one round-robin pool with a
/// one-hour first-touch SLA; six leads (four web, two partner) routed a b c a b c; the first two (a's and b's) touched.
/// </summary>
public sealed class ReportServer : IAsyncLifetime
{
    private const string Config = """
        {"reps":[{"id":"a","name":"Ana"},{"id":"b","name":"Ben"},{"id":"c","name":"Chika"}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","whenNoneEligible":"unassigned",
                   "eligibility":{"requireAvailable":false},
                   "sla":{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":1},
                   "members":[{"repId":"a"},{"repId":"b"},{"repId":"c"}]}],
         "workflows":[{"id":"all","name":"Everyone","priority":10,"trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]}]}
        """;

    public ServerProcess Process { get; private set; } = null!;

    /// <summary>Yesterday and today (UTC), so the period holds the seeded leads even if the day turned meanwhile.</summary>
    public string[] Period { get; } = ["--from", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), "--to", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd")];

    public async Task InitializeAsync()
    {
        Process = await ServerProcess.StartAsync();
        using var admin = Process.Client();
        Assert.True((await admin.PutAsync("/api/config", HttpJson.Body(Config))).IsSuccessStatusCode);
        for (var i = 0; i < 6; i++)
        {
            var created = await admin.PostAsync("/api/leads", HttpJson.Body($$"""{"email":"lead{{i}}@example.jp","source":"{{(i < 4 ? "web" : "partner")}}"}"""));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            if (i < 2) Assert.True((await admin.PostAsync($"/api/leads/{id}/touch", HttpJson.Body("""{"type":"call"}"""))).IsSuccessStatusCode);
        }
    }

    public Task<CliRun> ReportAsync(params string[] args) => Cli.RunAsync(Process.Address, ["report", .. args]);

    public async Task DisposeAsync() => await Process.DisposeAsync();
}
