using System.Text.Json;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Tests.Lifecycle;

public sealed class LifecycleValidationTests
{
    private static IReadOnlyList<ValidationError> Errors(string sections, string trigger = """{"type":"lead.created"}""") =>
        ConfigValidator.Validate(JsonSerializer.Deserialize<RoutingConfig>($$"""
            {"reps":[{"id":"kim","name":"kim"}],"lists":[{"id":"hot"}],
             "workflows":[{"id":"w","trigger":{{trigger}},"actions":[{"type":"add_to_list","list":"hot"}]}]{{sections}}}
            """, EngineJson.Options)!);

    private static string SinglePath(string sections, string trigger = """{"type":"lead.created"}""") =>
        Assert.Single(Errors(sections, trigger)).Path;

    [Fact]
    public void the_defaults_validate()
    {
        Assert.Empty(Errors(""));
        Assert.Empty(Errors(""","scoring":{"fit":[{"when":{"field":"industry","op":"eq","value":"x"},"points":5}],"events":{"page_visit":{"points":1,"max":5}},"halfLife":"P30D"}"""));
    }

    [Theory]
    [InlineData("""{"fit":[{"when":{"field":"industry","op":"equals","value":"x"},"points":5}]}""", "scoring.fit[0].when.op")]
    [InlineData("""{"events":{"page visit":{"points":1}}}""", "scoring.events.page visit")]
    [InlineData("""{"events":{"page_visit":{"points":1,"max":-1}}}""", "scoring.events.page_visit.max")]
    [InlineData("""{"halfLife":"P1M"}""", "scoring.halfLife")]
    [InlineData("""{"grades":[]}""", "scoring.grades")]
    [InlineData("""{"grades":[{"name":"hot","min":70},{"name":"hot","min":40}]}""", "scoring.grades[1].name")]
    [InlineData("""{"grades":[{"name":"hot","min":70},{"name":"warm","min":70}]}""", "scoring.grades[1].min")]
    public void scoring_errors_name_their_path(string scoring, string path) =>
        Assert.Equal(path, SinglePath($$""","scoring":{{scoring}}"""));

    [Theory]
    [InlineData("""[]""", "leadStages")]
    [InlineData("""["Nurturing","MQL"]""", "leadStages")]
    [InlineData("""["New","MQL","MQL"]""", "leadStages[2]")]
    [InlineData("""["New"," MQL"]""", "leadStages[1]")]
    public void lead_stages_must_be_distinct_and_include_new(string stages, string path) =>
        Assert.Equal(path, SinglePath($$""","leadStages":{{stages}}"""));

    [Theory]
    [InlineData("""[]""", "pipelines")]
    [InlineData("""[{"id":"default","stages":[]}]""", "pipelines[0].stages")]
    [InlineData("""[{"id":"default","stages":["Proposal","won"]}]""", "pipelines[0].stages[1]")]
    [InlineData("""[{"id":"a b","stages":["Proposal"]}]""", "pipelines[0].id")]
    [InlineData("""[{"id":"a","stages":["Proposal"]},{"id":"a","stages":["Quote"]}]""", "pipelines[1].id")]
    public void pipelines_need_ids_and_open_stages(string pipelines, string path) =>
        Assert.Equal(path, SinglePath($$""","pipelines":{{pipelines}}"""));

    [Theory]
    [InlineData("""{"type":"stage.changed","to":"Closing"}""", "workflows[0].trigger.to")]
    [InlineData("""{"type":"stage.changed","from":"Old"}""", "workflows[0].trigger.from")]
    [InlineData("""{"type":"deal.stage.changed","to":"Closing"}""", "workflows[0].trigger.to")]
    [InlineData("""{"type":"event.received","eventType":"page visit"}""", "workflows[0].trigger.eventType")]
    [InlineData("""{"type":"lead.created","eventType":"page_visit"}""", "workflows[0].trigger.eventType")]
    [InlineData("""{"type":"event.received","to":"MQL"}""", "workflows[0].trigger.to")]
    [InlineData("""{"type":"score.crossed","grade":"hot"}""", "workflows[0].trigger.type")]
    public void trigger_parameters_are_checked(string trigger, string path) =>
        Assert.Equal(path, SinglePath("", trigger));

    [Fact]
    public void score_crossed_names_a_configured_grade_or_a_threshold_not_both()
    {
        const string scoring = ""","scoring":{"grades":[{"name":"A","min":50},{"name":"B","min":0}]}""";
        Assert.Empty(Errors(scoring, """{"type":"score.crossed","grade":"A"}"""));
        Assert.Equal("workflows[0].trigger.grade", SinglePath(scoring, """{"type":"score.crossed","grade":"hot"}"""));
        Assert.Equal("workflows[0].trigger", SinglePath(scoring, """{"type":"score.crossed","grade":"A","threshold":10}"""));
    }

    [Fact]
    public void lifecycle_triggers_with_valid_parameters_pass()
    {
        Assert.Empty(Errors("", """{"type":"stage.changed","from":"New","to":"MQL"}"""));
        Assert.Empty(Errors("", """{"type":"deal.stage.changed","to":"lost"}"""));
        Assert.Empty(Errors("", """{"type":"deal.stage.changed","to":"Proposal"}"""));
        Assert.Empty(Errors("", """{"type":"event.received","eventType":"webinar_registered"}"""));
    }

    [Fact]
    public void set_stage_accepts_the_configured_stages_only()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>("""
            {"leadStages":["New","Qualified"],
             "workflows":[{"id":"w","trigger":{"type":"lead.created"},"actions":[{"type":"set_stage","stage":"MQL"}]}]}
            """, EngineJson.Options)!;
        Assert.Equal("workflows[0].actions[0].stage", Assert.Single(ConfigValidator.Validate(config)).Path);
    }
}
