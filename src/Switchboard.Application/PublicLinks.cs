using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Switchboard.Engine.Workflows;

namespace Switchboard.Application;

/// <summary>
/// The address links in notices start with: Switchboard:PublicUrl, else the first address the server listens on
/// (known once it listens; until then http://localhost). Gives the engine's configuration that address as plain input.
/// </summary>
public sealed class PublicLinks(SwitchboardOptions options, IServer server)
{
    private const string BeforeListening = "http://localhost";
    private string? _listening;
    private Linked? _last;

    public string BaseUrl => options.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : Listening();

    /// <summary>The configuration with this address; the same object for every batch of a configuration version.</summary>
    public CompiledConfig Apply(CompiledConfig config)
    {
        var url = BaseUrl;
        if (_last is { } last && ReferenceEquals(last.Source, config) && last.Config.PublicUrl == url) return last.Config;
        var linked = config.WithPublicUrl(url);
        _last = new Linked(config, linked);
        return linked;
    }

    private sealed record Linked(CompiledConfig Source, CompiledConfig Config);

    private string Listening()
    {
        if (_listening is not null) return _listening;
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (first is null) return BeforeListening;
        // A wildcard binding (http://+:8080, http://[::]:8080) is no address anyone can open: name the host instead.
        var uri = new UriBuilder(first.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return _listening = uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
