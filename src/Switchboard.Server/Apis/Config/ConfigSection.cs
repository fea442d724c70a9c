using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Reps;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;

namespace Switchboard.Server.Apis.Config;

/// <summary>One list section of the configuration document (reps, pools, workflows…) exposed as a REST resource.</summary>
public sealed record ConfigSection<T>(
    string Name,
    Func<RoutingConfig, List<T>> Get,
    Func<RoutingConfig, List<T>, RoutingConfig> Set,
    Func<T, string> IdOf,
    Func<T, string, T> WithId) where T : class
{
    public static readonly ConfigSection<Rep> Reps = new("reps", c => c.Reps, (c, l) => c with { Reps = l }, r => r.Id, (r, id) => r with { Id = id })
    {
        VisibleToRep = (rep, self) => rep.Id == self,
        SelfFields = RepSelfService.Fields,
        Written = RepPresence.FromRecordAsync,
    };
    public static readonly ConfigSection<Pool> Pools = new("pools", c => c.Pools, (c, l) => c with { Pools = l }, p => p.Id, (p, id) => p with { Id = id })
    {
        VisibleToRep = (pool, self) => pool.Members.Any(m => m.RepId == self),
    };
    public static readonly ConfigSection<Workflow> Workflows = new("workflows", c => c.Workflows, (c, l) => c with { Workflows = l }, w => w.Id, (w, id) => w with { Id = id })
    {
        Shown = ConfigSecrets.Redact,
    };

    /// <summary>What a read shows of an item (write-only values redacted).</summary>
    public Func<T, T> Shown { get; init; } = item => item;

    /// <summary>The items a rep key reads (its own record, its pools); null: reps read nothing of this section.</summary>
    public Func<T, string, bool>? VisibleToRep { get; init; }

    /// <summary>
    /// Runs after a PUT (patch null: the whole record was written) or PATCH of an item succeeded, with the item as
    /// written; for reps it makes the record's status the rep's live presence.
    /// </summary>
    public Func<IServiceProvider, string, T, JsonObject?, Task>? Written { get; init; }

    /// <summary>The fields a rep key may change in its own record (reps only).</summary>
    public IReadOnlySet<string> SelfFields { get; init; } = new HashSet<string>();

    public T? Find(RoutingConfig config, string id) => Get(config).FirstOrDefault(item => IdOf(item) == id);
}
