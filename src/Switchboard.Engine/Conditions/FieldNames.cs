using System.Collections.Concurrent;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Conditions;

/// <summary>
/// One string instance per field name the engine finds in a lead's data: the standard fields, "fields", and the keys
/// of the custom fields its rules read. Intake makes a lead's data with these instances as keys, so finding a field
/// compares references instead of reading the lead's own copy of the name (a cache miss per field on a new lead).
/// Names come from configuration and are bounded like <see cref="FieldSlots"/>; intake only looks them up.
/// </summary>
public static class FieldNames
{
    private const int MaxNames = 8192;

    private static readonly ConcurrentDictionary<string, string> Names =
        new(LeadFields.Standard.Append("fields").Select(name => KeyValuePair.Create(name, name)), StringComparer.Ordinal);

    /// <summary>The engine's instance of <paramref name="name"/>; the name itself when the engine never looks it up.</summary>
    public static string Shared(string name) => Names.TryGetValue(name, out var shared) ? shared : name;

    /// <summary>Makes <paramref name="name"/> (from configuration) one the engine looks up; returns the instance to use.</summary>
    internal static string Register(string name) => Names.Count >= MaxNames ? Shared(name) : Names.GetOrAdd(name, name);
}
