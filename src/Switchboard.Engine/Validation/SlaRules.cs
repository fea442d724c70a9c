using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for a pool's or workflow's sla: firstTouch duration, onBreach, maxReassignments.</summary>
internal static class SlaRules
{
    public static void Validate(Sla sla, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(sla.FirstTouch))
            errors.Add(new(path + ".firstTouch", "firstTouch is required: " + IsoDuration.Hint));
        else if (!IsoDuration.TryParse(sla.FirstTouch, out _))
            errors.Add(new(path + ".firstTouch", $"\"{sla.FirstTouch}\" is not {IsoDuration.Hint}"));
        if (sla.OnBreach is null || !Sla.Breach.All.Contains(sla.OnBreach, StringComparer.Ordinal))
            errors.Add(new(path + ".onBreach", $"onBreach must be one of {string.Join(", ", Sla.Breach.All)} (got {Quote(sla.OnBreach)})"));
        if (sla.MaxReassignments < 0)
            errors.Add(new(path + ".maxReassignments", $"must be 0 or more (got {sla.MaxReassignments})"));
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";
}
