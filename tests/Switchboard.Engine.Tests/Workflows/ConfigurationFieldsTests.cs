using Switchboard.Engine.Conditions;
using Switchboard.Engine.Tests.Conditions;
using Xunit;

namespace Switchboard.Engine.Tests.Workflows;

/// <summary>Fields read by path or by a trigger go through the compiled configuration's fields, as conditions do.</summary>
public sealed class ConfigurationFieldsTests
{
    [Fact]
    public void a_field_read_by_its_path_shares_the_values_its_configuration_caches()
    {
        var fields = new FieldTable();
        fields.Key("region");

        Assert.True(Rules.Lead("""{"region":"北海道"}""", fields).TryGet("region", out var first));
        Assert.True(Rules.Lead("""{"region":"北海道"}""", fields).TryGet("region", out var second));

        Assert.Same(first, second);
    }

    [Fact]
    public void a_lead_created_source_is_read_through_its_configurations_cache()
    {
        var scenario = new Scenario($$"""
            {"reps":[{{Scenario.Reps("a")}}],
             "workflows":[{"id":"fair","trigger":{"type":"lead.created","source":"展示会"},"actions":[{"type":"assign","rep":"a"}]}]}
            """);

        var first = scenario.CreateEvaluated("""{"email":"a@example.jp","source":"展示会"}""").Evaluation;
        var second = scenario.CreateEvaluated("""{"email":"b@example.jp","source":"展示会"}""").Evaluation;

        Assert.True(first.Facts.TryGet("source", out var facts));
        Assert.True(second.Facts.TryGet("source", out var again));
        Assert.Same(facts, again);
    }
}
