using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Accounts;

/// <summary>How a lead matched an account: the account and a readable reason ("email domain acme.co.jp").</summary>
internal sealed record AccountMatch(Account Account, string By);

/// <summary>
/// A configuration's accounts compiled once per version: by id, by domain and by normalised company name.
/// A lead matches by its email's domain, else its website's host (each also through a parent domain:
/// sales.acme.co.jp matches acme.co.jp; free-mail domains never match), else by its company name.
/// On equal keys the account listed first wins.
/// </summary>
internal sealed class AccountIndex
{
    public static readonly AccountIndex Empty = Compile([]);

    private readonly Dictionary<string, Account> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Account> _byDomain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Account> _byName = new(StringComparer.Ordinal);

    public static AccountIndex Compile(IEnumerable<Account> accounts)
    {
        var index = new AccountIndex();
        foreach (var account in accounts)
        {
            index._byId.TryAdd(account.Id, account);
            foreach (var domain in account.Domains)
                if (AccountDomains.Normalize(domain) is { } key && !AccountDomains.FreeMail.Contains(key)) index._byDomain.TryAdd(key, account);
            if (CompanyNames.Normalize(account.Name) is { } name) index._byName.TryAdd(name, account);
        }
        return index;
    }

    public int Count => _byId.Count;

    public Account? Find(string? id) => id is not null && _byId.TryGetValue(id, out var account) ? account : null;

    public AccountMatch? Match(JsonObject data)
    {
        if (Count == 0) return null;
        if (ByDomain(AccountDomains.OfEmail(Text(data, "email")), "email domain") is { } byEmail) return byEmail;
        if (ByDomain(AccountDomains.OfWebsite(Text(data, "website")), "website domain") is { } byWebsite) return byWebsite;
        return CompanyNames.Normalize(Text(data, "company")) is { } name && _byName.TryGetValue(name, out var account)
            ? new AccountMatch(account, $"company name \"{Text(data, "company")}\"")
            : null;
    }

    private AccountMatch? ByDomain(string? domain, string what)
    {
        if (domain is null) return null;
        foreach (var candidate in AccountDomains.SelfAndParents(domain))
        {
            if (AccountDomains.FreeMail.Contains(candidate)) return null;
            if (_byDomain.TryGetValue(candidate, out var account)) return new AccountMatch(account, $"{what} {domain}");
        }
        return null;
    }

    private static string? Text(JsonObject data, string field) =>
        data[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
