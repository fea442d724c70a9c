using Microsoft.Extensions.Primitives;
using Switchboard.Engine.Validation;

namespace Switchboard.Server.Http;

/// <summary>
/// What the server accepts as text, the same on both databases: well-formed Unicode (no lone surrogate),
/// no NUL character (PostgreSQL cannot store it, SQLite would), and bounded lengths (a value that fits
/// in an index row on PostgreSQL, and memory that stays bounded under hostile input).
/// </summary>
public static class TextRules
{
    /// <summary>Longest string value anywhere in a JSON body (custom field values, templates); lead fields have tighter bounds.</summary>
    public const int MaxValue = 65_536;

    /// <summary>Longest property name in a JSON body, form field name, query or route value.</summary>
    public const int MaxName = 256;

    /// <summary>Deepest nesting of objects and arrays in a JSON body.</summary>
    public const int MaxDepth = 32;

    /// <summary>Why the text is refused (a message to put after its path), or null when it is fine.</summary>
    public static string? Problem(string text, int maxLength)
    {
        if (text.Length > maxLength) return $"is too long: at most {maxLength} characters (got {text.Length})";
        if (text.Contains('\0')) return "contains a NUL character (U+0000), which is not allowed in text";
        return IsWellFormed(text) ? null : NotUnicode;
    }

    /// <summary>The first name or value (form fields, query parameters) that breaks the rules, named by its key ("$" when the key itself is bad).</summary>
    public static ValidationError? FindInvalid(IEnumerable<KeyValuePair<string, StringValues>> pairs, int maxValue)
    {
        foreach (var (key, values) in pairs)
        {
            if (Problem(key, MaxName) is { } bad) return new ValidationError("$", "has a name that " + bad);
            foreach (var value in values)
                if (Problem(value ?? "", maxValue) is { } problem) return new ValidationError(key, problem);
        }
        return null;
    }

    public const string NotUnicode = "is not valid Unicode text (invalid UTF-8 or a lone surrogate)";

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            i++;
        }
        return true;
    }
}
