using Switchboard.Engine.Validation;

namespace Switchboard.Application.Operations;

/// <summary>What a read answers: the value, or the field of the request that was refused and why.</summary>
public sealed record Reading<T>(T? Value, ValidationError? Error = null)
{
    public static Reading<T> Refused(string path, string message) => new(default, new ValidationError(path, message));
}
