using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests;

/// <summary>Short ways to write reps, instants, leads and eligibility checks in tests.</summary>
internal static class TestReps
{
    public const string EveryDay = "mon tue wed thu fri sat sun";
    public const string Weekdays = "mon tue wed thu fri";

    public static readonly PoolEligibility Available = new() { RequireAvailable = true };
    public static readonly PoolEligibility NoCaps = new() { RespectCapacity = false };

    public static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).GetValueOrThrow();

    public static Dictionary<string, List<List<string>>> Hours(string days, params string[][] ranges) =>
        days.Split(' ').ToDictionary(day => day, _ => ranges.Select(range => range.ToList()).ToList());

    public static LeadFacts Lead(string json = "{}") => LeadFacts.FromData(JsonNode.Parse(json)!.AsObject());

    public static bool IsWorking(Rep rep, string at) => RepCalendar.Compile(rep).IsWorking(At(at));

    public static string? FirstFailure(
        Rep rep, string at, PoolEligibility? rules = null, RepLoad? load = null, LeadFacts? lead = null, string[]? excluded = null) =>
        EligibilityCheck.FirstFailure(
            CompiledRep.Compile(rep), rules ?? new PoolEligibility(), load ?? new RepLoad { RepId = rep.Id }, lead ?? Lead(), At(at),
            excluded ?? []);
}
