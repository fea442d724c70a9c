using Switchboard.Application.Work;

namespace Switchboard.Server.Hosting;

/// <summary>What the rep's workspace and the rep endpoints share: availability, claim boards, the workspace's reads.</summary>
public static class WorkServices
{
    public static IServiceCollection AddRepWork(this IServiceCollection services) => services
        .AddSingleton<RepAvailability>()
        .AddSingleton<ClaimBoards>()
        .AddSingleton<RepWorkspace>();
}
