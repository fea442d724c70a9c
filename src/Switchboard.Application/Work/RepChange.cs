using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Application.Work;

public enum RepChangeKind { Saved, NotFound, Forbidden, Invalid }

/// <summary>What a change a rep made to its own availability did: the record as it is now, or why nothing changed (field paths in <see cref="Errors"/>).</summary>
public sealed record RepChange(RepChangeKind Kind, Rep? Rep, IReadOnlyList<ValidationError> Errors)
{
    public static RepChange Saved(Rep rep) => new(RepChangeKind.Saved, rep, []);
    public static RepChange NotFound(string repId) => new(RepChangeKind.NotFound, null, [new("$", $"rep '{repId}' not found")]);
    public static RepChange Forbidden(IEnumerable<string> fields, string error) => new(RepChangeKind.Forbidden, null, [.. fields.Select(f => new ValidationError(f, error))]);
    public static RepChange Invalid(IReadOnlyList<ValidationError> errors) => new(RepChangeKind.Invalid, null, errors);
}
