namespace Switchboard.Engine.Lint;

/// <summary>One static check of a configuration (or a small family of them); registered in <see cref="ConfigLint"/>.</summary>
internal interface ILintRule
{
    IEnumerable<LintFinding> Check(LintContext context);
}
