namespace Switchboard.Engine.Workflows;

/// <summary>
/// The engine refused a request before changing anything. <see cref="Reason"/> is the plain sentence for the
/// client; <see cref="ArgumentException.ParamName"/> names what was refused ("lead", "repId", "pipeline", "stage").
/// </summary>
public sealed class RefusedException(string reason, string paramName) : ArgumentException(reason, paramName)
{
    public string Reason { get; } = reason;
}
