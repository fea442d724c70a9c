using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Conditions.Operators;

/// <summary>
/// regex: a .NET regular expression searched (not anchored) in the normalised field value. The
/// pattern is NFKC-normalised (so full-width literals match) but not lower-cased, which would change
/// escapes such as \D; case is folded with IgnoreCase instead. A match that exceeds
/// <see cref="MatchTimeout"/> counts as no match.
/// </summary>
internal static class PatternOperator
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    public static void Check(JsonElement? value, string path, List<ValidationError> errors)
    {
        if (Operand.Present(value) is not { ValueKind: JsonValueKind.String } element)
        {
            var got = Operand.Present(value) is { } present ? Operand.KindName(present) : "nothing";
            errors.Add(new(path, $"value must be a regular expression string (got {got})"));
            return;
        }
        try
        {
            _ = new Regex(Pattern(element), Options & ~RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            errors.Add(new(path, $"invalid regular expression: {e.Message}"));
        }
    }

    public static ValueTest Build(JsonElement? value)
    {
        var regex = new Regex(Pattern(value!.Value), Options, MatchTimeout);
        return (facts, i) =>
        {
            try
            {
                return regex.IsMatch(facts.Normalized[i]);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        };
    }

    private static string Pattern(JsonElement element) =>
        element.GetString()!.Normalize(NormalizationForm.FormKC);
}
