using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

/// <summary>Rules for one rep: id, role, status, IANA time zone, working hours, out of office, capacity, manager.</summary>
internal static class RepRules
{
    public static readonly string[] Roles = ["admin", "manager", "rep"];
    public static readonly string[] Statuses = ["online", "away", "offline"];

    public static void Validate(Rep rep, string path, ConfigIndex context, List<ValidationError> errors)
    {
        IdRules.Check(rep.Id, path, errors);
        CheckOneOf(rep.Role, Roles, path + ".role", "role", errors);
        CheckOneOf(rep.Status, Statuses, path + ".status", "status", errors);
        CheckTimeZone(rep.TimeZone, path + ".timeZone", errors);
        if (rep.WorkingHours is { } hours) WorkingHoursRules.Validate(hours, path + ".workingHours", errors);
        if (rep.OutOfOffice is { } absences)
            CheckOutOfOffice(absences, DateTimeZoneProviders.Tzdb.GetZoneOrNull(rep.TimeZone ?? "") ?? DateTimeZone.Utc, path + ".outOfOffice", errors);
        if (rep.Capacity is { } capacity) CheckCapacity(capacity, path + ".capacity", errors);
        CheckManager(rep, path + ".managerId", context, errors);
    }

    private static void CheckOneOf(string? value, string[] allowed, string path, string name, List<ValidationError> errors)
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
            errors.Add(new(path, $"{name} must be one of {string.Join(", ", allowed)} (got {Quote(value)})"));
    }

    private static void CheckTimeZone(string? zone, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrEmpty(zone))
            errors.Add(new(path, "timeZone is required: an IANA time zone id such as Asia/Tokyo"));
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            errors.Add(new(path, $"unknown time zone \"{zone}\": use an IANA id such as Asia/Seoul, Europe/Berlin or UTC"));
    }

    /// <summary>Date-only bounds are whole days in the rep's zone (UTC when the zone itself is invalid).</summary>
    private static void CheckOutOfOffice(List<OutOfOffice> absences, DateTimeZone zone, string path, List<ValidationError> errors)
    {
        for (var i = 0; i < absences.Count; i++)
        {
            if (absences[i] is not { } absence)
                errors.Add(new($"{path}[{i}]", "must be an object with from and to"));
            else if (absence.From.AsFrom(zone) >= absence.To.AsTo(zone))
                errors.Add(new($"{path}[{i}]", "from must be before to"));
        }
    }

    private static void CheckCapacity(Capacity capacity, string path, List<ValidationError> errors)
    {
        CheckNotNegative(capacity.MaxOpen, path + ".maxOpen", errors);
        CheckNotNegative(capacity.PerDay, path + ".perDay", errors);
        CheckNotNegative(capacity.PerWeek, path + ".perWeek", errors);
    }

    private static void CheckNotNegative(int? value, string path, List<ValidationError> errors)
    {
        if (value < 0) errors.Add(new(path, $"must be 0 or more (got {value})"));
    }

    private static void CheckManager(Rep rep, string path, ConfigIndex context, List<ValidationError> errors)
    {
        if (rep.ManagerId is not { } managerId) return;
        if (managerId == rep.Id)
            errors.Add(new(path, "a rep cannot be its own manager"));
        else if (!context.RepIds.Contains(managerId))
            errors.Add(new(path, $"unknown rep \"{managerId}\""));
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";
}
