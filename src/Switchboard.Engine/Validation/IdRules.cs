namespace Switchboard.Engine.Validation;

/// <summary>Client-chosen ids of configuration objects: [A-Za-z0-9._-]{1,64}, unique per section.</summary>
internal static class IdRules
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength) return false;
        foreach (var c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')) return false;
        return true;
    }

    /// <summary>Checks one object's id; the error goes to <c>{path}.id</c>.</summary>
    public static void Check(string? id, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrEmpty(id))
            errors.Add(new(path + ".id", "id is required"));
        else if (!IsValid(id))
            errors.Add(new(path + ".id", $"id \"{id}\" must be 1 to {MaxLength} characters of A-Z, a-z, 0-9, '.', '_' or '-'"));
    }

    /// <summary>Reports every repeated id of a section at the later occurrence.</summary>
    public static void CheckUnique<T>(List<T> items, Func<T, string?> id, string section, List<ValidationError> errors)
        where T : class
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null || id(items[i]) is not { Length: > 0 } value) continue;
            if (first.TryGetValue(value, out var earlier))
                errors.Add(new($"{section}[{i}].id", $"duplicate id \"{value}\" (also {section}[{earlier}])"));
            else
                first[value] = i;
        }
    }
}
