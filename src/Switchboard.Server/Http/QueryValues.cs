using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Switchboard.Server.Http;

/// <summary>
/// Query parameters that are not text, read by the endpoints themselves (bound as strings) so that a value of the
/// wrong kind is a 400 naming the parameter and what it takes, not the framework's bare "Bad Request".
/// </summary>
public static class QueryValues
{
    public const int MaxLimit = 500;

    /// <summary>A page size: <paramref name="fallback"/> when absent, else a whole number from 1 to <see cref="MaxLimit"/>.</summary>
    public static (int Value, ValidationProblem? Problem) Limit(string? text, int fallback)
    {
        if (text is null) return (fallback, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit
            ? (value, null)
            : (0, Problems.Invalid("limit", $"must be a whole number between 1 and {MaxLimit}"));
    }

    /// <summary>A yes/no parameter: absent, <c>true</c> or <c>false</c>.</summary>
    public static (bool? Value, ValidationProblem? Problem) Flag(string name, string? text) => text switch
    {
        null => (null, null),
        _ when bool.TryParse(text, out var value) => (value, null),
        _ => (null, Problems.Invalid(name, "must be true or false")),
    };
}
