using System.Text.Json.Serialization;

namespace Switchboard.Engine.Lint;

/// <summary>
/// One finding of <see cref="ConfigLint"/>: how bad (<see cref="LintSeverity"/>), a stable code
/// (<c>unknown-field</c>), the JSON path of the value it is about (<c>workflows[2].conditions.all[1].field</c>),
/// a sentence for a person, and where there is one, the likely fix (<c>region</c>).
/// </summary>
public sealed record LintFinding(string Severity, string Code, string Path, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Suggestion { get; init; }

    [JsonIgnore]
    public bool IsError => Severity == LintSeverity.Error;

    public static LintFinding Error(string code, string path, string message, string? suggestion = null) =>
        new(LintSeverity.Error, code, path, message) { Suggestion = suggestion };

    public static LintFinding Warning(string code, string path, string message, string? suggestion = null) =>
        new(LintSeverity.Warning, code, path, message) { Suggestion = suggestion };

    public static LintFinding Info(string code, string path, string message, string? suggestion = null) =>
        new(LintSeverity.Info, code, path, message) { Suggestion = suggestion };
}

/// <summary>error: the configuration is refused when saved; warning: saved, and told beside the new version; info: worth knowing.</summary>
public static class LintSeverity
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    /// <summary>Errors first, then warnings, then information.</summary>
    public static int Rank(string severity) => severity switch { Error => 0, Warning => 1, _ => 2 };
}
