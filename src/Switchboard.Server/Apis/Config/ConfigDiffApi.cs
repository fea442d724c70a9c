using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Application;
using Switchboard.Engine.Config;
using Switchboard.Server.Auth;
using Switchboard.Server.Http;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Config;

/// <summary>What changed between two stored configuration versions (read-only; write-only values never shown).</summary>
public static class ConfigDiffApi
{
    public static IEndpointRouteBuilder MapConfigDiffApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/config").WithTags("Config")
            .MapGet("/versions/{a:int}/diff/{b:int}", Diff).RequireAuthorization(Policies.Manage).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The structured difference from version a to version b: objects added, removed, changed and reordered, each with its path, before and after")
            .WithDescription("Objects of keyed lists are matched by id (members by repId) and named by it: workflows[id=hokkaido].conditions.all[1].value; " +
                             "jsonPath gives the same place by position in version b (in version a for a removal). Secrets are reported as changed without values.");
        return app;
    }

    public static async Task<Results<Ok<ConfigDiff>, ProblemHttpResult>> Diff(int a, int b, ISwitchboardStore store)
    {
        if (await store.GetConfigVersionAsync(a) is not { } before) return Problems.NotFound($"configuration version {a} not found");
        if ((a == b ? before : await store.GetConfigVersionAsync(b)) is not { } after) return Problems.NotFound($"configuration version {b} not found");
        return TypedResults.Ok(ConfigDiff.Between(ConfigService.Parse(before), ConfigService.Parse(after)));
    }
}
