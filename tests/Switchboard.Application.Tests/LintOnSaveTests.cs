using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Application.Lint;
using Switchboard.Engine.Json;
using Switchboard.Engine.Lint;
using Switchboard.Engine.Model;

namespace Switchboard.Application.Tests;

/// <summary>Which lint errors a save refuses: the new ones, not those the saved configuration has already.</summary>
public class LintOnSaveTests
{
    /// <summary>Judging a save reads no stored data (the facts come in).</summary>
    private static readonly ConfigLintService Lint = new(null!, SystemClock.Instance);

    private const string Typo = """
        {"id":"typo","name":"Typo","trigger":{"type":"lead.created"},
         "conditions":{"field":"regoin","op":"eq","value":"北海道"},"actions":[{"type":"assign","rep":"kim"}]}
        """;

    private const string Plain = """
        {"id":"plain","name":"Plain","trigger":{"type":"lead.created"},"actions":[{"type":"assign","rep":"kim"}]}
        """;

    private static RoutingConfig Config(params string[] workflows) => JsonSerializer.Deserialize<RoutingConfig>($$"""
        {"reps":[{"id":"kim","name":"Kim","timeZone":"Asia/Tokyo"}],"workflows":[{{string.Join(",", workflows)}}]}
        """, EngineJson.Options)!;

    private static IReadOnlyList<LintFinding> NewErrors(RoutingConfig next, RoutingConfig current) =>
        Lint.NewErrors(next, Lint.Run(next, LintFacts.None), current, LintFacts.None);

    [Fact]
    public void a_new_misspelt_field_is_refused() =>
        Assert.Equal("workflows[1].conditions.field", Assert.Single(NewErrors(Config(Plain, Typo), Config(Plain))).Path);

    [Fact]
    public void an_error_already_saved_is_not_refused_again() =>
        Assert.Empty(NewErrors(Config(Plain.Replace("\"Plain\"", "\"Renamed\""), Typo), Config(Plain, Typo)));

    [Fact]
    public void an_error_already_saved_is_not_new_when_a_workflow_before_it_is_deleted() =>
        Assert.Empty(NewErrors(Config(Typo), Config(Plain, Typo)));

    [Fact]
    public void the_same_error_in_another_workflow_is_new()
    {
        var copy = JsonNode.Parse(Typo)!;
        copy["id"] = "copy";
        Assert.Equal("workflows[1].conditions.field", Assert.Single(NewErrors(Config(Typo, copy.ToJsonString()), Config(Typo))).Path);
    }
}
