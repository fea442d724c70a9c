namespace Switchboard.Engine.Validation;

/// <summary>One problem in a definition, with the path of the offending value (workflows[3].conditions.all[1].op).</summary>
public sealed record ValidationError(string Path, string Message);
