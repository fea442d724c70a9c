using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Switchboard.Server.Apis.Forms;

namespace Switchboard.Server.Hosting;

/// <summary>
/// Public web forms: any origin may embed and post them (CORS on /f/* only), and posts are rate-limited per
/// client network (an IPv4 address or an IPv6 /64) with a fixed window from Switchboard:FormRateLimit.
/// </summary>
public static class FormServices
{
    public const string CorsPolicy = "web-forms";
    public const string RateLimitPolicy = "web-form-posts";

    public static IServiceCollection AddWebForms(this IServiceCollection services, IConfiguration configuration)
    {
        var options = WebFormOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<FormStats>();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "POST")));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = FormAnswers.TooManyAsync;
            limiter.AddPolicy(RateLimitPolicy, context => options.FormRateLimit.PermitLimit <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(ClientNetwork(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.FormRateLimit.PermitLimit,
                    Window = options.FormRateLimit.Window,
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>The partition of a client: its IPv4 address, or the /64 network of an IPv6 address (one host often holds a whole /64).</summary>
    public static string ClientNetwork(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>Settings of the public forms (section "Switchboard").</summary>
public sealed class WebFormOptions
{
    public FormRateLimitOptions FormRateLimit { get; set; } = new();

    public static WebFormOptions From(IConfiguration configuration)
    {
        var options = new WebFormOptions();
        configuration.GetSection("Switchboard").Bind(options);
        return options;
    }
}

/// <summary>Switchboard:FormRateLimit: at most PermitLimit posts per client network per Window; 0 turns the limit off.</summary>
public sealed class FormRateLimitOptions
{
    public int PermitLimit { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
