using Switchboard.Application.Shadow;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Shadow mode: the run's service (the API's) and its background worker. <c>Switchboard:ShadowWorker=false</c> leaves
/// the worker out of this process (another process routes the run; tests step it themselves).
/// </summary>
public static class ShadowServices
{
    public const string WorkerSetting = "Switchboard:ShadowWorker";

    public static IServiceCollection AddShadow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ShadowService>();
        services.AddSingleton<ShadowFeed>();
        services.AddSingleton<ShadowRunner>();
        if (configuration.GetValue(WorkerSetting, true)) services.AddHostedService<ShadowWorker>();
        return services;
    }
}
