using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>The configuration that references are resolved against, with its rep, pool, list and form ids indexed once.</summary>
internal sealed class ConfigIndex
{
    private ConfigIndex(RoutingConfig config)
    {
        Config = config;
        RepIds = Ids(config.Reps, r => r.Id);
        PoolIds = Ids(config.Pools, p => p.Id);
        ListIds = Ids(config.Lists, l => l.Id);
        FormIds = Ids(config.Forms, f => f.Id);
        _accounts = new(() => (config.Accounts ?? []).Where(a => a is not null && a.Id is not null)
            .DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal));
    }

    private readonly Lazy<Dictionary<string, Account>> _accounts;

    public RoutingConfig Config { get; }
    public HashSet<string> RepIds { get; }
    public HashSet<string> PoolIds { get; }
    public HashSet<string> ListIds { get; }
    public HashSet<string> FormIds { get; }
    /// <summary>Accounts by id (the first of a repeated id), for parent references.</summary>
    public Dictionary<string, Account> Accounts => _accounts.Value;

    public static ConfigIndex Of(RoutingConfig config) => new(config);

    private static HashSet<string> Ids<T>(List<T>? items, Func<T, string?> id) where T : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
            if (item is not null && id(item) is { } value) ids.Add(value);
        return ids;
    }
}
