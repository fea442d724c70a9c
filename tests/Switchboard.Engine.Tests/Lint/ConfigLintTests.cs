using Switchboard.Engine.Lint;
using Switchboard.Engine.Validation;
using static Switchboard.Engine.Tests.Lint.LintSample;

namespace Switchboard.Engine.Tests.Lint;

public class ConfigLintTests
{
    [Fact]
    public void the_sample_is_a_valid_configuration() => Assert.Empty(ConfigValidator.Validate(Good));

    [Fact]
    public void every_rule_stays_quiet_on_a_good_configuration() => Assert.Empty(RunLint(Good));

    [Fact]
    public void no_stored_data_keeps_the_data_rules_quiet() => Assert.Empty(RunLint(Good, LintFacts.None));

    [Fact]
    public void errors_come_before_warnings_and_information()
    {
        var config = With(c =>
        {
            c["pools"]![1]!["eligibility"] = Node("""{"requireAvailable":false}""");
            c["reps"]![2]!["workingHours"] = Node("""{"mon":[["09:00","18:00"]]}""");
            c["lists"]!.AsArray().Add(Node("""{"id":"unused","name":"Unused"}"""));
            c["workflows"]![1]!["conditions"] = Node("""{"field":"regoin","op":"eq","value":"北海道"}""");
        });
        Assert.Equal([LintSeverity.Error, LintSeverity.Info, LintSeverity.Info], RunLint(config).Select(f => f.Severity));
    }
}
