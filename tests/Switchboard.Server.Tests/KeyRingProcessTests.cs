using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// The key ring that protects sign-in cookies lives in the database: a session made by one process is good on
/// another on the same PostgreSQL, and after a restart. Each process gets its own home directory, where ASP.NET
/// Core would otherwise keep its keys, so only the database can carry them over.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class KeyRingProcessTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task a_session_made_by_one_process_is_accepted_by_another_on_the_same_database()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = await ServerProcess.StartAsync(database, settings: OwnHome());
        await using var second = await ServerProcess.StartAsync(database, settings: OwnHome());
        var email = $"kim-{Guid.NewGuid():N}@example.kr";
        var cookies = new CookieContainer();

        await SignInAsync(first, cookies, email);

        Assert.Equal(email, await MeAsync(second, cookies));
    }

    [Fact]
    public async Task a_session_outlives_a_restart()
    {
        var workDir = Path.Combine(Path.GetTempPath(), "switchboard-ring-" + Guid.NewGuid().ToString("N")[..12]);
        var email = $"sato-{Guid.NewGuid():N}@example.jp";
        var cookies = new CookieContainer();
        await using (var before = await ServerProcess.StartAsync(dataDir: workDir, settings: OwnHome()))
            await SignInAsync(before, cookies, email);

        await using var after = await ServerProcess.StartAsync(dataDir: workDir, settings: OwnHome());

        Assert.Equal(email, await MeAsync(after, cookies));
    }

    private static Dictionary<string, string> OwnHome()
    {
        var home = Path.Combine(Path.GetTempPath(), "switchboard-home-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(home);
        return new() { ["HOME"] = home };
    }

    /// <summary>Invites a manager through the API and sets its password in a cookie-keeping client: signed in after.</summary>
    private static async Task SignInAsync(ServerProcess server, CookieContainer cookies, string email)
    {
        var invited = await (await server.Client().PostAsJsonAsync("/api/users", new { email, name = "Person", role = "manager", invite = true })).Json();
        using var browser = Browser(server, cookies);
        var answer = await browser.SetPassword(Browsers.TokenOf(invited.Str("inviteUrl")!), Browsers.Password);
        Assert.Equal("/", answer.Location());
    }

    private static async Task<string?> MeAsync(ServerProcess server, CookieContainer cookies)
    {
        using var browser = Browser(server, cookies);
        var me = await browser.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        return (await me.Content.ReadFromJsonAsync<JsonObject>()).Str("email");
    }

    private static HttpClient Browser(ServerProcess server, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.Address };
}
