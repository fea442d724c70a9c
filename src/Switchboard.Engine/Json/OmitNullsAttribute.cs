namespace Switchboard.Engine.Json;

/// <summary>
/// A configuration record written as it was sent: an optional member that is absent (null) is left out, not echoed as
/// <c>null</c>, so a condition leaf has no <c>all</c> key and configuration kept in files diffs cleanly.
/// <see cref="EngineJson"/> applies it; reading is unchanged (a missing member is null).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class OmitNullsAttribute : Attribute;
