using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Application.Work;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>Lists and campaigns (configuration sections) and the leads workflows put in them; the shark-tank claim board.</summary>
public static class ListsApi
{
    public static readonly ConfigSection<LeadList> Lists =
        new("lists", c => c.Lists, (c, l) => c with { Lists = l }, l => l.Id, (l, id) => l with { Id = id });
    public static readonly ConfigSection<Campaign> Campaigns =
        new("campaigns", c => c.Campaigns, (c, l) => c with { Campaigns = l }, l => l.Id, (l, id) => l with { Id = id });

    public static IEndpointRouteBuilder MapListsApi(this IEndpointRouteBuilder app)
    {
        app.MapConfigSection(Lists).MapGet("/{id}/leads", (string id, string? cursor, string? limit, ConfigService configs, ISwitchboardStore store) =>
            Members(Lists, "list", id, cursor, limit, configs, store)).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapConfigSection(Campaigns).MapGet("/{id}/leads", (string id, string? cursor, string? limit, ConfigService configs, ISwitchboardStore store) =>
            Members(Campaigns, "campaign", id, cursor, limit, configs, store)).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/pools/{id}/claimable", ClaimBoard).WithTags("Pools").RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The claimable leads of a shark-tank pool, oldest first");
        return app;
    }

    private static async Task<Results<Ok<Page<JsonObject>>, ValidationProblem, ProblemHttpResult>> Members<T>(ConfigSection<T> section, string kind, string id,
        string? cursor, string? limit, ConfigService configs, ISwitchboardStore store) where T : class
    {
        if (section.Find((await configs.CurrentAsync()).Source, id) is null) return Problems.NotFound($"{kind} '{id}' not found");
        var (size, limitProblem) = QueryValues.Limit(limit, 100);
        if (limitProblem is not null) return limitProblem;
        MemberPage page;
        try
        {
            page = await store.ListMembersAsync(kind, id, cursor, size);
        }
        catch (ArgumentException)
        {
            return Problems.Invalid("cursor", "is not a cursor this server handed out");
        }
        var leads = new List<JsonObject>();
        foreach (var leadId in page.LeadIds)
            if (await store.GetLeadAsync(leadId) is { } lead) leads.Add(LeadJson.Write(lead));
        return TypedResults.Ok(new Page<JsonObject>(leads, page.NextCursor));
    }

    /// <summary>The claimable leads of a shark-tank pool, oldest first; a rep sees the boards of its own pools only.</summary>
    public static async Task<Results<Ok<ClaimBoardView>, ProblemHttpResult>> ClaimBoard(string id, System.Security.Claims.ClaimsPrincipal user, ClaimBoards boards) =>
        await boards.OfPoolAsync(id, user.Caller()) is { } board
            ? TypedResults.Ok(new ClaimBoardView(id, [.. board.Leads.Select(l => LeadJson.Write(l))]))
            : Problems.NotFound($"pool '{id}' not found");
}

/// <summary>A shark-tank pool's claim board: its claimable leads, oldest first.</summary>
public sealed record ClaimBoardView(string PoolId, IReadOnlyList<JsonObject> Items);
