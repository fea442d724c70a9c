namespace Switchboard.Engine.Conditions;

/// <summary>The leaf operators of SPEC "Routing semantics", by name.</summary>
public static class ConditionOperators
{
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string Contains = "contains";
    public const string NotContains = "not_contains";
    public const string StartsWith = "starts_with";
    public const string EndsWith = "ends_with";
    public const string In = "in";
    public const string NotIn = "not_in";
    public const string Gt = "gt";
    public const string Gte = "gte";
    public const string Lt = "lt";
    public const string Lte = "lte";
    public const string Between = "between";
    public const string Exists = "exists";
    public const string NotExists = "not_exists";
    public const string Regex = "regex";

    public static readonly IReadOnlyList<string> All =
    [
        Eq, Neq, Contains, NotContains, StartsWith, EndsWith, In, NotIn,
        Gt, Gte, Lt, Lte, Between, Exists, NotExists, Regex,
    ];

    /// <summary>
    /// Operators that are the negation of a positive one (neq = not eq, not_contains = not contains,
    /// not_in = not in, not_exists = not exists). They are the only ones a missing field matches.
    /// </summary>
    public static readonly IReadOnlyList<string> Negative = [Neq, NotContains, NotIn, NotExists];

    public static bool IsKnown(string? op) => op is not null && All.Contains(op);
}
