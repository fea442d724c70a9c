using System.Text.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Cli;

/// <summary>
/// The current CSV record as a lead in the shape of <c>POST /api/leads</c>: standard fields and
/// <c>externalId</c> at the top, custom fields under <c>fields</c>; empty cells are left out; values are
/// sent as the strings the file holds.
/// </summary>
public static class CsvLead
{
    /// <summary>Writes the lead; false (and nothing written) when every mapped cell is empty.</summary>
    public static bool Write(Utf8JsonWriter json, ColumnMap map, CsvLeadReader row)
    {
        if (IsEmpty(map, row)) return false;
        json.WriteStartObject();
        var anyCustom = false;
        for (var column = 0; column < map.Targets.Count; column++)
        {
            if (map.Targets[column] is not { } target || row.Cell(column) is not { } value) continue;
            if (target.IsCustom) anyCustom = true;
            else json.WriteString(target.Name, value);
        }
        if (anyCustom)
        {
            json.WriteStartObject("fields");
            for (var column = 0; column < map.Targets.Count; column++)
                if (map.Targets[column] is { IsCustom: true } target && row.Cell(column) is { } value) json.WriteString(target.Name, value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        return true;
    }

    /// <summary>
    /// What the server would reject, checked locally (for --dry-run): the same rules and words as
    /// <c>POST /api/leads</c> for what a CSV can hold (an email needs an '@', externalId and custom field names have length
    /// limits, a lead needs a non-blank identifying field).
    /// </summary>
    public static IEnumerable<string> Problems(ColumnMap map, CsvLeadReader row)
    {
        if (!Identifies(map, row)) yield return LeadFields.IdentifyingRule;
        for (var column = 0; column < map.Targets.Count; column++)
        {
            if (map.Targets[column] is not { } target || row.Cell(column) is not { } value) continue;
            if (target is { IsCustom: false, Name: "email" } && !value.Contains('@')) yield return "email: is not an email address";
            if (target is { IsCustom: false, Name: FieldTarget.ExternalId } && value.Length > 200)
                yield return "externalId: must be a non-empty string of at most 200 characters";
            if (target.IsCustom && target.Name.Length > 100) yield return $"{target.Path}: a custom field name needs 1 to 100 characters";
        }
    }

    private static bool Identifies(ColumnMap map, CsvLeadReader row)
    {
        for (var column = 0; column < map.Targets.Count; column++)
            if (map.Targets[column] is { IsCustom: false } target && LeadFields.Identifying.Contains(target.Name)
                && !string.IsNullOrWhiteSpace(row.Cell(column))) return true;
        return false;
    }

    private static bool IsEmpty(ColumnMap map, CsvLeadReader row)
    {
        for (var column = 0; column < map.Targets.Count; column++)
            if (map.Targets[column] is not null && row.Cell(column) is not null) return false;
        return true;
    }
}
