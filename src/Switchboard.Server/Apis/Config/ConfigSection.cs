using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Config;

/// <summary>One list section of the configuration document (reps, pools, workflows) exposed as a REST resource.</summary>
public sealed record ConfigSection<T>(
    string Name,
    Func<RoutingConfig, List<T>> Get,
    Func<RoutingConfig, List<T>, RoutingConfig> Set,
    Func<T, string> IdOf,
    Func<T, string, T> WithId) where T : class
{
    public static readonly ConfigSection<Rep> Reps = new("reps", c => c.Reps, (c, l) => c with { Reps = l }, r => r.Id, (r, id) => r with { Id = id });
    public static readonly ConfigSection<Pool> Pools = new("pools", c => c.Pools, (c, l) => c with { Pools = l }, p => p.Id, (p, id) => p with { Id = id });
    public static readonly ConfigSection<Workflow> Workflows = new("workflows", c => c.Workflows, (c, l) => c with { Workflows = l }, w => w.Id, (w, id) => w with { Id = id });

    public T? Find(RoutingConfig config, string id) => Get(config).FirstOrDefault(item => IdOf(item) == id);
}
