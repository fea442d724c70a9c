namespace Switchboard.Engine.Workflows;

/// <summary>Why a request is refused: invalid (bad input), forbidden (not the caller's to do), conflict (the lead's state forbids it).</summary>
public enum RefusalKind { Invalid, Forbidden, Conflict }

/// <summary>The engine refused a request before changing anything: what kind, the request field it concerns, a plain sentence.</summary>
public sealed record Refusal(RefusalKind Kind, string Path, string Reason);

/// <summary>The result of a step that may be refused: either its value or the refusal, never both.</summary>
public readonly record struct Refusable<T>(T? Value, Refusal? Refusal) where T : class
{
    public static implicit operator Refusable<T>(T value) => new(value, null);
    public static implicit operator Refusable<T>(Refusal refusal) => new(null, refusal);
}
