namespace Switchboard.Engine.Eligibility;

/// <summary>Reason codes of SPEC, in the order they are checked.</summary>
internal static class EligibilityReasons
{
    public const string Inactive = "inactive";
    public const string OutOfOffice = "out_of_office";
    public const string OutsideWorkingHours = "outside_working_hours";
    public const string StatusAway = "status_away";
    public const string StatusOffline = "status_offline";
    public const string CapOpen = "cap_open";
    public const string CapDay = "cap_day";
    public const string CapWeek = "cap_week";
    public const string SkillMismatch = "skill_mismatch";
    public const string Excluded = "excluded";
    public const string WeightZero = "weight_zero";
    public const string UnknownRep = "unknown_rep";
}
