using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;

namespace Switchboard.Engine.Lint;

/// <summary>
/// The field names a condition can read: the standard lead fields (<see cref="LeadFields.Standard"/>), the system
/// fields routing matches (<see cref="FieldKey.SystemFields"/>), custom "fields.X", and the facts some triggers add
/// to their evaluation (set in Workflows/Engagement, DealStages and Rejection).
/// </summary>
internal static class FieldNames
{
    public const string CustomPrefix = FormFieldTypes.CustomPrefix;
    private const string EventProperties = "event.properties.";

    /// <summary>System fields of a lead that conditions cannot read (they are not among the facts routing matches).</summary>
    public static readonly string[] Unmatched = ["id", "externalId", "createdAt", "assignedAt", "firstTouchAt"];

    private static readonly Dictionary<string, string[]> TriggerFacts = new(StringComparer.Ordinal)
    {
        [Triggers.EventReceived] = ["event.type"],
        [Triggers.DealStageChanged] = ["deal.id", "deal.pipeline", "deal.stage", "deal.status", "deal.amount"],
        [Triggers.LeadRejected] = [Rejection.ReasonFact],
    };

    /// <summary>Standard and system fields: what a lead has outside "fields".</summary>
    public static IEnumerable<string> LeadNames => LeadFields.Standard.Concat(FieldKey.SystemFields);

    /// <summary>The names a condition on <paramref name="trigger"/> may read besides "fields.X" (event properties aside).</summary>
    public static IEnumerable<string> Known(string? trigger) =>
        trigger is not null && TriggerFacts.TryGetValue(trigger, out var facts) ? LeadNames.Concat(facts) : LeadNames;

    public static bool IsCustom(string field) => field.StartsWith(CustomPrefix, StringComparison.Ordinal) && field.Length > CustomPrefix.Length;

    public static bool IsKnown(string field, string? trigger) =>
        IsCustom(field) || Known(trigger).Contains(field, StringComparer.Ordinal)
        || (trigger == Triggers.EventReceived && field.StartsWith(EventProperties, StringComparison.Ordinal));

    /// <summary>The trigger whose evaluations set <paramref name="field"/> as a fact, or null.</summary>
    public static string? TriggerSetting(string field) =>
        field.StartsWith(EventProperties, StringComparison.Ordinal)
            ? Triggers.EventReceived
            : TriggerFacts.FirstOrDefault(pair => pair.Value.Contains(field, StringComparer.Ordinal)).Key;

    /// <summary>A lead field that holds one value (so two different equalities on it contradict); productInterest and custom fields may be lists.</summary>
    public static bool IsSingleValued(string field) =>
        field != "productInterest" && LeadNames.Contains(field, StringComparer.Ordinal);
}
