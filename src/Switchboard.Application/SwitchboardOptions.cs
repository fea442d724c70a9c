namespace Switchboard.Application;

/// <summary>
/// Settings from ordinary ASP.NET configuration (section "Switchboard"), with the SPEC's
/// SWITCHBOARD_* environment variables as shortcuts.
/// </summary>
public sealed class SwitchboardOptions
{
    public string DataDir { get; set; } = "data";
    /// <summary>A PostgreSQL connection string; null or empty = embedded SQLite under DataDir.</summary>
    public string? Db { get; set; }
    public string? AdminKey { get; set; }
    public bool Demo { get; set; } = true;
    /// <summary>The address the public sees (https://switchboard.example.com): links in notices and form embed snippets; default: the server's own.</summary>
    public string? PublicUrl { get; set; }
    /// <summary>Most routing commands committed together in one transaction (group commit).</summary>
    public int MaxGroupCommit { get; set; } = 256;
    /// <summary>True when Smtp:Host is set, so email can be delivered (a merged returning lead then emails its owner).</summary>
    public bool SmtpConfigured { get; private set; }

    public static SwitchboardOptions From(IConfiguration configuration)
    {
        var options = new SwitchboardOptions();
        configuration.GetSection("Switchboard").Bind(options);
        options.Db = configuration["SWITCHBOARD_DB"] is { Length: > 0 } db ? db : options.Db;
        options.AdminKey = configuration["SWITCHBOARD_ADMIN_KEY"] is { Length: > 0 } key ? key : options.AdminKey;
        options.DataDir = configuration["SWITCHBOARD_DATA_DIR"] is { Length: > 0 } dir ? dir : options.DataDir;
        options.SmtpConfigured = configuration["Smtp:Host"] is { Length: > 0 };
        if (configuration["SWITCHBOARD_DEMO"] is { Length: > 0 } demo) options.Demo = !demo.Equals("false", StringComparison.OrdinalIgnoreCase) && demo != "0";
        return options;
    }
}
