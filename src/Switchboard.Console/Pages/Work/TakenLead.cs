using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Work;

/// <summary>A lead of the rep's claim board that another rep took first; <see cref="Winner"/> is that rep's name once known.</summary>
public sealed record TakenLead(Lead Lead, string? Winner);
