using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Scalar.AspNetCore;
using Switchboard.Engine.Json;
using Switchboard.Application.Keys;
using Switchboard.Application;
using Switchboard.Application.Live;
using Switchboard.Application.Operations;
using Switchboard.Server.Apis.Changes;
using Switchboard.Server.Apis.Config;
using Switchboard.Server.Apis.Dashboard;
using Switchboard.Server.Apis.FollowUp;
using Switchboard.Server.Apis.Forms;
using Switchboard.Server.Apis.Keys;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Apis.Lifecycle;
using Switchboard.Server.Apis.Operations;
using Switchboard.Server.Apis.Queues;
using Switchboard.Server.Apis.Reps;
using Switchboard.Server.Apis.Simulate;
using Switchboard.Server.Apis.Users;
using Switchboard.Server.Auth;
using Switchboard.Server.Delivery;
using Switchboard.Server.Http;
using Switchboard.Server.OpenApi;
using Switchboard.Application.Routing;
using Switchboard.Storage;

namespace Switchboard.Server.Hosting;

/// <summary>Composition of the server: services, middleware and the feature APIs.</summary>
public static class SwitchboardHost
{
    private const string ReloadSetting = "hostBuilder:reloadConfigOnChange";

    /// <summary>
    /// The command line for the host, with configuration reload-on-change off unless asked for. The SQLite
    /// database lives under ./data of the content root by default, and the reload watcher covers the whole
    /// content root recursively, so every WAL write woke it up (measured: ~7% of the server's CPU at
    /// intake). Settings are read at startup anyway. Opt back in with --hostBuilder:reloadConfigOnChange=true
    /// or DOTNET_hostBuilder__reloadConfigOnChange=true.
    /// </summary>
    public static string[] HostArgs(string[] args)
    {
        var asked = args.Any(arg => arg.Contains(ReloadSetting, StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange") is { Length: > 0 };
        return asked ? args : [$"--{ReloadSetting}=false", .. args];
    }

    public static WebApplicationBuilder AddSwitchboard(this WebApplicationBuilder builder)
    {
        var options = SwitchboardOptions.From(builder.Configuration);
        // One log line per request drowns what matters and slows intake; Logging:LogLevel:Microsoft.AspNetCore overrides.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<ISwitchboardStore>(_ => StoreFactory.Create(options.Db, options.DataDir));
        services.AddSingleton<ConfigService>();
        services.AddSingleton<Switchboard.Application.Lint.ConfigLintService>();
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<LiveRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveRelay>());
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<HomeDashboard>();
        services.AddSingleton<WaitingLeads>();
        services.AddSingleton<FollowUpReads>();
        services.AddSingleton(ChangesApi.Settings(builder.Configuration));
        services.AddHostedService<Bootstrap>();
        services.AddSingleton<Switchboard.Application.Simulation.ReplayJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<Switchboard.Application.Simulation.ReplayJobs>());
        services.AddSingleton<WorkSignals>();
        services.AddSingleton<RoutingMetrics>();
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("switchboard")).WithMetrics(metrics => metrics
            .AddMeter(RoutingMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<RoutingWriter>();
        services.AddSingleton<LeadService>();
        services.AddSingleton<DecisionTrail>();
        services.AddRepWork();
        services.AddSingleton<Switchboard.Application.Leads.LeadReads>();
        services.AddPeople();
        services.AddHostedService(sp => sp.GetRequiredService<RoutingWriter>());
        services.AddFollowUp(builder.Configuration);
        services.AddWebForms(builder.Configuration);
        services.AddShadow(builder.Configuration);
        services.AddReportFolder(builder.Configuration);

        services.ConfigureHttpJsonOptions(json => EngineJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorHandling>();
        services.AddSingleton(sp => new ApiKeyCache(sp.GetRequiredService<IClock>()));
        services.AddSingleton<ApiKeyService>();
        services.AddSwitchboardAuthentication();
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery();
        StoredKeyRing.AddTo(services);
        services.AddSwitchboardOpenApi();
        services.AddSwitchboardConsole();
        // The console's assets (MudBlazor's, Blazor's) are served from the build output too, not only when published or in Development.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024);
        return builder;
    }

    public static WebApplication UseSwitchboard(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwitchboardConsole();
        app.UseAntiforgery();
        app.UseSessionForgeryCheck();
        app.UseRequestTextRules();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    public static WebApplication MapSwitchboardApis(this WebApplication app)
    {
        var api = app.MapGroup("").WithApiConventions();
        api.MapOperationsApi();
        api.MapLeadsApi();
        api.MapLeadsBatchApi();
        api.MapDashboardApi();
        api.MapRepsApi();
        api.MapConfigApi();
        api.MapConfigDiffApi();
        api.MapSimulateApi();
        api.MapKeysApi();
        api.MapLeadActionsApi();
        api.MapListsApi();
        api.MapAccountsApi();
        api.MapTasksApi();
        api.MapOutboxApi();
        api.MapQueuesApi();
        api.MapFormsApi();
        api.MapEventsApi();
        api.MapDealsApi();
        api.MapLifecycleConfigApi();
        api.MapChangesApi();
        api.MapMeApi();
        api.MapUsersApi();
        api.MapAccountApi();
        Apis.Reports.ReportsApi.MapReportsApi(api);
        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapSwitchboardConsole();
        return app;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        foreach (var address in addresses ?? [])
            Console.WriteLine($"Switchboard is listening on {address} (API docs at {address}/docs)");
    }
}
