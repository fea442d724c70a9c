using Switchboard.Application.People;

namespace Switchboard.Server.Hosting;

/// <summary>People, their sign-in and their one-time links.</summary>
public static class PeopleServices
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services
        .AddSingleton<UserService>()
        .AddSingleton<OneTimeLinks>()
        .AddSingleton<Invitations>()
        .AddSingleton<SignInService>()
        .AddSingleton<FirstPeople>()
        .AddSingleton(new StartupNotices(Console.Out));
}
