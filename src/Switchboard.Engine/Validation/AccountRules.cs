using Switchboard.Engine.Accounts;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for accounts: id, name, owner rep, parent (existing, no cycle), domains (well-formed, not free-mail, not shared).</summary>
internal static class AccountRules
{
    public static void Validate(Account account, string path, ConfigIndex context, List<ValidationError> errors)
    {
        IdRules.Check(account.Id, path, errors);
        if (string.IsNullOrWhiteSpace(account.Name))
            errors.Add(new(path + ".name", "an account needs a name"));
        if (account.OwnerId is { } owner && !context.RepIds.Contains(owner))
            errors.Add(new(path + ".ownerId", $"unknown rep \"{owner}\""));
        CheckParent(account, path + ".parentId", context, errors);
        CheckDomains(account.Domains, path + ".domains", errors);
    }

    /// <summary>A domain claimed by two accounts is reported at the later one.</summary>
    public static void CheckSharedDomains(List<Account> accounts, List<ValidationError> errors)
    {
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < accounts.Count; i++)
        {
            var domains = accounts[i]?.Domains ?? [];
            for (var d = 0; d < domains.Count; d++)
            {
                if (AccountDomains.Normalize(domains[d]) is not { } domain) continue;
                if (claimed.TryGetValue(domain, out var earlier) && earlier != i)
                    errors.Add(new($"accounts[{i}].domains[{d}]", $"domain \"{domain}\" already belongs to accounts[{earlier}]"));
                else
                    claimed[domain] = i;
            }
        }
    }

    private static void CheckParent(Account account, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (account.ParentId is not { } parentId) return;
        if (parentId == account.Id)
        {
            errors.Add(new(path, "an account cannot be its own parent"));
            return;
        }
        if (!context.Accounts.TryGetValue(parentId, out var parent))
        {
            errors.Add(new(path, $"unknown account \"{parentId}\""));
            return;
        }
        var chain = new List<string> { account.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { account.Id };
        for (var current = parent; current is not null; current = current.ParentId is { } next ? context.Accounts.GetValueOrDefault(next) : null)
        {
            chain.Add(current.Id);
            if (seen.Add(current.Id)) continue;
            errors.Add(new(path, $"the parent chain forms a cycle: {string.Join(" → ", chain)}"));
            return;
        }
    }

    private static void CheckDomains(List<string>? domains, string path, List<ValidationError> errors)
    {
        for (var i = 0; i < (domains?.Count ?? 0); i++)
        {
            var domain = AccountDomains.Normalize(domains![i]);
            if (domain is null || !AccountDomains.IsValid(domain))
                errors.Add(new($"{path}[{i}]", $"\"{domains[i]}\" is not a domain such as acme.co.jp (no scheme, path or @)"));
            else if (AccountDomains.FreeMail.Contains(domain))
                errors.Add(new($"{path}[{i}]", $"\"{domain}\" is a free-mail domain and never identifies a company"));
        }
    }
}
