using Switchboard.Engine.Json;

namespace Switchboard.Engine.Model;

/// <summary>
/// The company a lead belongs to (hierarchy routing): matched by email or website domain, or by normalised
/// company name; <c>assign</c> with <c>accountOwner</c> gives the lead to its owner, walking up <see cref="ParentId"/>.
/// </summary>
[OmitNulls]
public sealed record Account
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Email and website domains of the company ("acme.co.jp"); subdomains match too.</summary>
    public List<string> Domains { get; init; } = [];
    /// <summary>The rep who owns the account (optional: an account without one defers to its parent).</summary>
    public string? OwnerId { get; init; }
    public string? ParentId { get; init; }
}
