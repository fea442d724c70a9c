using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Switchboard.Server.Hosting;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task the_first_start_prints_a_setup_link_that_makes_the_first_admin_once()
    {
        await using var app = await StartAsync();
        var (server, output) = Watched(app);
        var token = SetupToken(output);

        var made = await SetUp(server, token, "boss@example.com", "Boss");
        var again = await SetUp(server, token, "other@example.com", "Other");

        Assert.Equal("/", made.Location());
        var me = await (await (await Signed(server, "boss@example.com")).GetAsync("/api/me")).Json();
        Assert.Equal("admin", me.Str("role"));
        Assert.Equal($"/setup?token={token}&error=used", again.Location());
    }

    [StoreFact]
    public async Task a_setup_link_expires_after_a_day()
    {
        var clock = SwitchboardApp.StoppedClock();
        await using var app = await StartAsync(clock: clock);
        var (server, output) = Watched(app);
        var token = SetupToken(output);

        clock.Advance(Duration.FromHours(24));

        Assert.Equal($"/setup?token={token}&error=expired", (await SetUp(server, token, "boss@example.com", "Boss")).Location());
    }

    [StoreFact]
    public async Task the_setup_form_names_a_bad_email_and_keeps_the_link_usable()
    {
        await using var app = await StartAsync();
        var (server, output) = Watched(app);
        var token = SetupToken(output);

        Assert.Equal($"/setup?token={token}&error=email", (await SetUp(server, token, "not an email", "Boss")).Location());
        Assert.Equal("/", (await SetUp(server, token, "boss@example.com", "Boss")).Location());
    }

    [StoreFact]
    public async Task a_setup_link_makes_no_admin_once_there_is_one()
    {
        await using var app = await StartAsync();
        var (server, output) = Watched(app);
        var token = SetupToken(output);
        var admin = server.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", SwitchboardApp.AdminKey);
        await admin.PostJson("/api/users", """{"email":"first@example.com","name":"First","role":"admin"}""");

        Assert.Equal($"/setup?token={token}&error=used", (await SetUp(server, token, "boss@example.com", "Boss")).Location());
    }

    [StoreFact]
    public async Task the_demo_reps_and_a_manager_can_sign_in_with_the_printed_demo_password()
    {
        await using var app = await StartAsync(demo: true);
        var (server, output) = Watched(app);
        var browser = Browser(server);
        var printed = Printed(output, "demo users");

        Assert.Contains("password 'switchboard-demo'", printed);
        Assert.Contains("kim@example.kr (kim)", printed);
        Assert.Equal("/", (await browser.SignIn("kim@example.kr", "switchboard-demo")).Location());
        var kim = await (await browser.GetAsync("/api/me")).Json();
        Assert.Equal(("rep", "kim", "ko", "Asia/Seoul"), (kim.Str("role"), kim.Str("repId"), kim.Str("language"), kim.Str("timeZone")));
        var manager = Browser(server);
        Assert.Equal("/", (await manager.SignIn("lee@example.kr", "switchboard-demo")).Location());
        Assert.Equal("manager", (await (await manager.GetAsync("/api/me")).Json()).Str("role"));
        Assert.Equal(HttpStatusCode.OK, (await (await Signed(server, "sato@example.jp", "switchboard-demo")).GetAsync("/api/leads")).StatusCode);
    }

    /// <summary>The server, started (its start-up notices printed, the last once it listens) with its notices written where the test reads them.</summary>
    private static (WebApplicationFactory<Program> Server, StringWriter Output) Watched(SwitchboardApp app)
    {
        var output = new StringWriter();
        var server = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new StartupNotices(output))));
        server.CreateClient().Dispose();
        return (server, output);
    }

    private static string SetupToken(StringWriter output) =>
        Regex.Match(Printed(output, "setup link"), @"/setup\?token=(\S+)").Groups[1].Value;

    private static string Printed(StringWriter output, string text) =>
        output.ToString().Split('\n').FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"nothing printed about {text}: {output}");

    private static HttpClient Browser(WebApplicationFactory<Program> server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> SetUp(WebApplicationFactory<Program> server, string token, string email, string name) =>
        Browser(server).PostForm("/account/password",
            [("token", token), ("password", Browsers.Password), ("confirm", Browsers.Password), ("email", email), ("name", name)]);

    private static async Task<HttpClient> Signed(WebApplicationFactory<Program> server, string email, string password = Browsers.Password)
    {
        var browser = Browser(server);
        Assert.Equal("/", (await browser.SignIn(email, password)).Location());
        return browser;
    }
}
