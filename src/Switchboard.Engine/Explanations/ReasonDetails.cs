using NodaTime;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Explanations;

/// <summary>
/// Why a pool member was passed over, with the particulars a person reads beside the code: the rep's zone and
/// when the absence or the off hours end, the cap that was full, the skills the pool matches on. Worked out from
/// the configuration version the decision recorded, at the decision's instant; the code alone is what was stored.
/// </summary>
public sealed record ReasonDetail
{
    /// <summary>The eligibility code the decision recorded (out_of_office, cap_day, …).</summary>
    public required string Code { get; init; }
    /// <summary>The rep's IANA zone, for out_of_office and outside_working_hours.</summary>
    public string? TimeZone { get; init; }
    /// <summary>out_of_office: when the absence ends; outside_working_hours: when the next working range begins (within 8 days).</summary>
    public Instant? Until { get; init; }
    /// <summary>outside_working_hours: that local day's working ranges ("09:00–18:00"); empty for a day off.</summary>
    public IReadOnlyList<string>? WorkingHours { get; init; }
    /// <summary>cap_day, cap_week, cap_open: the limit that was reached.</summary>
    public int? Limit { get; init; }
    /// <summary>skill_mismatch: the skill dimensions the pool matches on.</summary>
    public IReadOnlyList<string>? Skills { get; init; }
}

public static class ReasonDetails
{
    /// <summary>
    /// The details of <paramref name="candidate"/>'s reason as of <paramref name="at"/> under <paramref name="config"/>
    /// (the version the decision recorded); null for an eligible candidate. A rep or pool missing from that version
    /// gives the code alone.
    /// </summary>
    public static ReasonDetail? Of(Candidate candidate, RoutingConfig config, string? poolId, Instant at)
    {
        if (candidate.Reason is not { } code) return null;
        var detail = new ReasonDetail { Code = code };
        var rep = config.Reps.FirstOrDefault(r => r.Id == candidate.RepId);
        if (rep is null) return detail;
        return code switch
        {
            EligibilityReasons.OutOfOffice => detail with { TimeZone = rep.TimeZone, Until = RepCalendar.Compile(rep).OutOfOfficeEnd(at) },
            EligibilityReasons.OutsideWorkingHours => OffHours(detail, rep, at),
            EligibilityReasons.CapDay => detail with { Limit = rep.Capacity?.PerDay },
            EligibilityReasons.CapWeek => detail with { Limit = rep.Capacity?.PerWeek },
            EligibilityReasons.CapOpen => detail with { Limit = rep.Capacity?.MaxOpen },
            EligibilityReasons.SkillMismatch => detail with
            {
                Skills = config.Pools.FirstOrDefault(p => p.Id == poolId)?.Eligibility.MatchSkills ?? [],
            },
            _ => detail,
        };
    }

    private static ReasonDetail OffHours(ReasonDetail detail, Rep rep, Instant at)
    {
        var calendar = RepCalendar.Compile(rep);
        var day = at.InZone(calendar.Zone).DayOfWeek;
        var key = WorkingWeek.DayKey(day);
        var ranges = rep.WorkingHours?.GetValueOrDefault(key) ?? [];
        return detail with
        {
            TimeZone = rep.TimeZone,
            Until = calendar.NextWorkingStart(at),
            WorkingHours = [.. ranges.Where(r => r.Count == 2).Select(r => $"{r[0]}–{r[1]}")],
        };
    }
}
