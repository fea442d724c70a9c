using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

/// <summary>Whether a pool member may receive a lead now, as the first failing reason in SPEC order.</summary>
internal static class EligibilityCheck
{
    /// <summary>
    /// Null when eligible; otherwise the first failing reason of: inactive, out_of_office,
    /// outside_working_hours / status_away / status_offline (only when <see cref="PoolEligibility.RequireAvailable"/>),
    /// cap_open / cap_day / cap_week (only when <see cref="PoolEligibility.RespectCapacity"/>), skill_mismatch, excluded.
    /// </summary>
    public static string? FirstFailure(
        CompiledRep rep, PoolEligibility rules, RepLoad load, LeadFacts lead, Instant now, IReadOnlyCollection<string> excluded)
    {
        var reason = FirstFailureBesidesSkills(rep, rules, load, now, excluded);
        return SkillsDecide(reason) && rules.MatchSkills.Count > 0 && !rep.Skills.Match(rules.MatchSkills, lead)
            ? EligibilityReasons.SkillMismatch
            : reason;
    }

    /// <summary>
    /// Skills come after every other check and before excluded: they decide the reason only when nothing else
    /// failed, or only excluded did. So a caller can read them last, and only when they matter.
    /// </summary>
    internal static bool SkillsDecide(string? reasonBesidesSkills) =>
        reasonBesidesSkills is null || ReferenceEquals(reasonBesidesSkills, EligibilityReasons.Excluded);

    /// <summary>The first failing reason of every check but skill_mismatch (see <see cref="SkillsDecide"/>).</summary>
    internal static string? FirstFailureBesidesSkills(
        CompiledRep rep, PoolEligibility rules, RepLoad load, Instant now, IReadOnlyCollection<string> excluded)
    {
        var definition = rep.Rep;
        var calendar = rep.Calendar;
        if (!definition.Active) return EligibilityReasons.Inactive;
        if (calendar.IsOutOfOffice(now)) return EligibilityReasons.OutOfOffice;
        if (rules.RequireAvailable && AvailabilityFailure(rep, load, now) is { } unavailable) return unavailable;
        if (rules.RespectCapacity && CapacityFailure(rep, load, now) is { } full) return full;
        if (excluded.Count > 0 && excluded.Contains(definition.Id)) return EligibilityReasons.Excluded;
        return null;
    }

    private static string? AvailabilityFailure(CompiledRep rep, RepLoad load, Instant now)
    {
        if (!rep.Calendar.IsWorking(now)) return EligibilityReasons.OutsideWorkingHours;
        var status = load.Status ?? rep.Rep.Status;
        if (string.Equals(status, "away", StringComparison.OrdinalIgnoreCase)) return EligibilityReasons.StatusAway;
        if (string.Equals(status, "offline", StringComparison.OrdinalIgnoreCase)) return EligibilityReasons.StatusOffline;
        return null;
    }

    private static string? CapacityFailure(CompiledRep rep, RepLoad load, Instant now)
    {
        if (rep.Rep.Capacity is not { } capacity) return null;
        if (capacity.MaxOpen is { } maxOpen && load.Open >= maxOpen) return EligibilityReasons.CapOpen;
        if (capacity.PerDay is { } perDay && CountIn(load.DayKey, load.DayCount, rep.Calendar.DayKey(now)) >= perDay)
            return EligibilityReasons.CapDay;
        if (capacity.PerWeek is { } perWeek && CountIn(load.WeekKey, load.WeekCount, rep.Calendar.WeekKey(now)) >= perWeek)
            return EligibilityReasons.CapWeek;
        return null;
    }

    /// <summary>A stored counter counts only for the period it was kept in; a new local day or week starts at 0.</summary>
    private static int CountIn(string? storedKey, int storedCount, string currentKey) =>
        string.Equals(storedKey, currentKey, StringComparison.Ordinal) ? storedCount : 0;
}
