using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Config;

/// <summary>Accounts (companies, with domains, owner and parent): a configuration section like reps and pools.</summary>
public static class AccountsApi
{
    public static readonly ConfigSection<Account> Accounts =
        new("accounts", c => c.Accounts ?? [], (c, l) => c with { Accounts = l }, a => a.Id, (a, id) => a with { Id = id });

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapConfigSection(Accounts);
        return app;
    }
}
