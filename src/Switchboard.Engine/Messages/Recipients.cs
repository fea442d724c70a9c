using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Messages;

/// <summary>
/// Email recipients of a notify action, resolved against the configuration at decision time:
/// "owner" (the lead's owner), "manager" (the owner's manager), a rep id, or an address.
/// </summary>
internal static class Recipients
{
    public const string Owner = "owner";
    public const string Manager = "manager";

    /// <summary>The address, or null with why it cannot be resolved.</summary>
    public static (string? Address, string? Problem) Resolve(string to, Lead lead, CompiledConfig config)
    {
        switch (to)
        {
            case Owner:
                return lead.OwnerId is { } ownerId ? EmailOf(config, ownerId, "owner") : (null, "the lead has no owner yet");
            case Manager:
                if (lead.OwnerId is not { } owner) return (null, "the lead has no owner yet, so no manager");
                return ManagerOf(config, owner) is { } manager ? EmailOf(config, manager.Id, "manager") : (null, $"owner {owner} has no manager");
            default:
                return IsAddress(to) ? (to, null) : EmailOf(config, to, "rep");
        }
    }

    /// <summary>The rep's manager as configured, or null.</summary>
    public static Rep? ManagerOf(CompiledConfig config, string repId) =>
        config.Reps.TryGetValue(repId, out var rep) && rep.Rep.ManagerId is { } managerId && config.Reps.TryGetValue(managerId, out var manager)
            ? manager.Rep
            : null;

    public static Rep? Rep(CompiledConfig config, string? repId) =>
        repId is not null && config.Reps.TryGetValue(repId, out var rep) ? rep.Rep : null;

    /// <summary>A plausible address: one '@' with text on both sides and no whitespace.</summary>
    public static bool IsAddress(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
    }

    private static (string? Address, string? Problem) EmailOf(CompiledConfig config, string repId, string role)
    {
        if (!config.Reps.TryGetValue(repId, out var rep)) return (null, $"{role} {repId} is not a configured rep");
        return string.IsNullOrWhiteSpace(rep.Rep.Email) ? (null, $"{role} {repId} has no email address") : (rep.Rep.Email, null);
    }
}
