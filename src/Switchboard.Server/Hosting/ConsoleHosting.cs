using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Switchboard.Application.People;
using Switchboard.Server.Auth;
using Switchboard.Web;
using Switchboard.Web.Localization;
using Switchboard.Web.Time;

namespace Switchboard.Server.Hosting;

/// <summary>The browser console (Switchboard.Console) served by this process: its components, assets and languages.</summary>
public static class ConsoleHosting
{
    public static IServiceCollection AddSwitchboardConsole(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddScoped<ViewerZone>();
        // A signed-in person opening a console page their role does not allow sees the console's localised 403 page;
        // the HTTP API keeps answering 403 problem+json.
        services.PostConfigure<CookieAuthenticationOptions>(UserSessions.Scheme, cookie =>
        {
            var answerApi = cookie.Events.OnRedirectToAccessDenied;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api")) return answerApi(context);
                context.Response.Redirect("/forbidden");
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// After authentication: the language of a console request (the user's setting, the switcher's cookie, the browser's).
    /// The HTTP API and the public forms keep the invariant culture whatever the caller's Accept-Language.
    /// </summary>
    public static WebApplication UseSwitchboardConsole(this WebApplication app)
    {
        var cultures = Languages.All.Select(language => language.Code).ToArray();
        var localization = new RequestLocalizationOptions()
            .SetDefaultCulture(Languages.Default).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
        localization.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.User.FindFirst(UserClaims.Language)?.Value is { } language ? new ProviderCultureResult(language) : null)),
            new CookieRequestCultureProvider { CookieName = Languages.CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/f"),
            console => console.UseRequestLocalization(localization));
        return app;
    }

    public static WebApplication MapSwitchboardConsole(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapGet("/culture", ChooseLanguage).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The language switcher: remembers the language in a cookie and, for a signed-in person, as their language setting
    /// (which their session reads on the next request); then goes back to the page (local addresses only).
    /// </summary>
    private static async Task<IResult> ChooseLanguage(HttpContext context, UserService users, string? language, string? returnUrl)
    {
        if (Languages.IsSupported(language))
        {
            if (context.User.FindFirst(UserClaims.User)?.Value is { } userId)
                await users.ChangeSettingsAsync(userId, new UserSettings(null, language, null), context.RequestAborted);
            context.Response.Cookies.Append(Languages.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language!)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
