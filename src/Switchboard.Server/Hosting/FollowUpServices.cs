using Microsoft.Extensions.Http.Resilience;
using Switchboard.Server.Delivery;
using Switchboard.Server.Timers;

namespace Switchboard.Server.Hosting;

/// <summary>Timers, the outbox worker and its channels.</summary>
public static class FollowUpServices
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        var outbox = new OutboxOptions();
        configuration.GetSection("Switchboard:Outbox").Bind(outbox);
        services.AddSingleton(outbox);
        // Quick in-process retries with exponential backoff and jitter for transient HTTP failures;
        // the outbox schedules the longer retries durably.
        services.AddHttpClient(HttpPost.ClientName).AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(100);
            options.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
            options.Retry.UseJitter = true;
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<IMessageChannel, SlackChannel>();
        services.AddSingleton<IMessageChannel, WebhookChannel>();
        services.AddSingleton<IMessageChannel, EmailChannel>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<TimerWorker>();
        return services;
    }
}
