namespace Switchboard.Server.Hosting;

/// <summary>Where the server prints what its operator must see once at start (the admin key, the setup link, the demo users): standard output.</summary>
public sealed record StartupNotices(TextWriter Out);
