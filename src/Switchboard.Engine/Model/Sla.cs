using System.Text.Json.Serialization;
using NodaTime;

namespace Switchboard.Engine.Model;

/// <summary>
/// A first-touch service level of a pool or workflow: <c>{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}</c>.
/// The timer starts at assignment and stops at the first touch or when the stage leaves New.
/// </summary>
public sealed record Sla
{
    /// <summary>ISO-8601 duration from assignment to the deadline.</summary>
    public string FirstTouch { get; init; } = "";
    /// <summary>"reassign": move the lead on within its pool (up to <see cref="MaxReassignments"/>, then escalate); "notify": tell the manager only.</summary>
    public string OnBreach { get; init; } = Breach.Reassign;
    /// <summary>How many breaches may move the lead on before it is escalated to the unassigned queue.</summary>
    public int MaxReassignments { get; init; } = 1;

    [JsonIgnore]
    public Duration FirstTouchDuration => IsoDuration.Parse(FirstTouch);

    public static class Breach
    {
        public const string Reassign = "reassign";
        public const string Notify = "notify";
        public static readonly string[] All = [Reassign, Notify];
    }
}
